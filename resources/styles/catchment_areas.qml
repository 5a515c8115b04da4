<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="1" labelsEnabled="0" maxScale="0" minScale="25000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Rendering|Legend" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="singleSymbol">
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="136,204,238,30" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="51,34,136,140" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.3" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="136,204,238,30" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="51,34,136,140" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.3" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation />
    <sizescale />
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <legend showLabelLegend="0" type="default-vector" />
  <fieldConfiguration>
    <field configurationFlags="None" name="name" />
    <field configurationFlags="None" name="place_type" />
    <field configurationFlags="None" name="distance" />
    <field configurationFlags="None" name="distance_type" />
    <field configurationFlags="None" name="snapped" />
    <field configurationFlags="None" name="cut_points" />
  </fieldConfiguration>
  <aliases>
    <alias field="name" index="0" name="" />
    <alias field="place_type" index="1" name="" />
    <alias field="distance" index="2" name="Loopafstand (m)" />
    <alias field="distance_type" index="3" name="Soort afstand (hemelsbreed, omrijfactor of netwerk)" />
    <alias field="snapped" index="4" name="Op het netwerk gezet (1 = ja)" />
    <alias field="cut_points" index="5" name="Bevolkingspunten verder dan de afstand, uitgesneden" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="name" />
    <default applyOnUpdate="0" expression="" field="place_type" />
    <default applyOnUpdate="0" expression="" field="distance" />
    <default applyOnUpdate="0" expression="" field="distance_type" />
    <default applyOnUpdate="0" expression="" field="snapped" />
    <default applyOnUpdate="0" expression="" field="cut_points" />
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="name" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="place_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="distance" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="distance_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="snapped" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="cut_points" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="name" />
    <constraint desc="" exp="" field="place_type" />
    <constraint desc="" exp="" field="distance" />
    <constraint desc="" exp="" field="distance_type" />
    <constraint desc="" exp="" field="snapped" />
    <constraint desc="" exp="" field="cut_points" />
  </constraintExpressions>
  <expressionfields />
  <previewExpression>coalesce("name", "place_type", '')</previewExpression>
  <layerGeometryType>2</layerGeometryType>
</qgis>
