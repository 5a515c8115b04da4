<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="0" maxScale="0" minScale="100000000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Rendering|Legend" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
    <rules key="background_areas:root">
      <rule filter="coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%')" key="background_areas:water" label="water" symbol="0" />
      <rule filter="ELSE" key="background_areas:land" label="land" symbol="1" />
    </rules>
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
            <Option name="color" type="QString" value="215,230,240,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="215,230,240,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="fill">
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
            <Option name="color" type="QString" value="242,240,235,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="242,240,235,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
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
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <legend showLabelLegend="0" type="default-vector" />
  <fieldConfiguration>
    <field configurationFlags="None" name="wijkcode" />
    <field configurationFlags="None" name="wijknaam" />
    <field configurationFlags="None" name="buurtcode" />
    <field configurationFlags="None" name="buurtnaam" />
    <field configurationFlags="None" name="gemeentenaam" />
    <field configurationFlags="None" name="aantal_inwoners" />
    <field configurationFlags="None" name="water" />
  </fieldConfiguration>
  <aliases>
    <alias field="wijkcode" index="0" name="Wijkcode" />
    <alias field="wijknaam" index="1" name="Wijknaam" />
    <alias field="buurtcode" index="2" name="Buurtcode" />
    <alias field="buurtnaam" index="3" name="Buurtnaam" />
    <alias field="gemeentenaam" index="4" name="Gemeente" />
    <alias field="aantal_inwoners" index="5" name="Aantal inwoners" />
    <alias field="water" index="6" name="" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="wijkcode" />
    <default applyOnUpdate="0" expression="" field="wijknaam" />
    <default applyOnUpdate="0" expression="" field="buurtcode" />
    <default applyOnUpdate="0" expression="" field="buurtnaam" />
    <default applyOnUpdate="0" expression="" field="gemeentenaam" />
    <default applyOnUpdate="0" expression="" field="aantal_inwoners" />
    <default applyOnUpdate="0" expression="" field="water" />
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="wijkcode" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="wijknaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="buurtcode" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="buurtnaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="gemeentenaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="aantal_inwoners" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="water" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="wijkcode" />
    <constraint desc="" exp="" field="wijknaam" />
    <constraint desc="" exp="" field="buurtcode" />
    <constraint desc="" exp="" field="buurtnaam" />
    <constraint desc="" exp="" field="gemeentenaam" />
    <constraint desc="" exp="" field="aantal_inwoners" />
    <constraint desc="" exp="" field="water" />
  </constraintExpressions>
  <expressionfields />
  <previewExpression>coalesce("buurtnaam", "wijknaam", '')</previewExpression>
  <layerGeometryType>2</layerGeometryType>
</qgis>
