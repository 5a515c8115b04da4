<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="0" maxScale="0" minScale="100000000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Rendering|Legend" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 attr="CASE WHEN (coalesce(attribute('residents_0_5'), 0) + coalesce(attribute('residents_6_11'), 0) + coalesce(attribute('residents_12_17'), 0)) &gt; 0 AND coalesce(attribute('residents_65plus'), 0) &gt; 0 THEN 'both' WHEN (coalesce(attribute('residents_0_5'), 0) + coalesce(attribute('residents_6_11'), 0) + coalesce(attribute('residents_12_17'), 0)) &gt; 0 THEN 'children' WHEN coalesce(attribute('residents_65plus'), 0) &gt; 0 THEN 'seniors' ELSE 'unknown' END" enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="categorizedSymbol">
    <categories>
      <category label="gat: kinderen (0-17) zonder speelplek binnen de norm" render="true" symbol="0" value="children" />
      <category label="gat: 65+ zonder ontmoetingsplek binnen de norm" render="true" symbol="1" value="seniors" />
      <category label="gat: kinderen én 65+ zonder speel- of ontmoetingsplek binnen de norm" render="true" symbol="2" value="both" />
      <category label="gat (leeftijdsgroep onbekend)" render="true" symbol="3" value="unknown" />
    </categories>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="255,255,255,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="192,0,0,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="2.6" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="255,255,255,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="192,0,0,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="2.6" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="255,255,255,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="diamond" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="123,50,148,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="255,255,255,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="diamond" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="123,50,148,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="192,0,0,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.5" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="2.8" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="192,0,0,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.5" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="2.8" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="FilledMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="color" type="QString" value="255,255,255,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.2" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.2" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@3@0" type="fill">
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
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="joinstyle" type="QString" value="round" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="192,0,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.6" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="style" type="QString" value="no" />
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="joinstyle" v="round" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="192,0,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.6" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="style" v="no" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
    </symbols>
    <source-symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="FilledMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="color" type="QString" value="255,255,255,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.2" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.2" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@0@0" type="fill">
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
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="joinstyle" type="QString" value="round" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="192,0,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.6" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="style" type="QString" value="no" />
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="joinstyle" v="round" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="192,0,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.6" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="style" v="no" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
    </source-symbol>
    <rotation />
    <sizescale />
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <legend showLabelLegend="0" type="default-vector" />
  <fieldConfiguration>
    <field configurationFlags="None" name="source_fid" />
    <field configurationFlags="None" name="dist_0_5" />
    <field configurationFlags="None" name="nearest_place_0_5" />
    <field configurationFlags="None" name="within_0_5" />
    <field configurationFlags="None" name="dist_6_11" />
    <field configurationFlags="None" name="nearest_place_6_11" />
    <field configurationFlags="None" name="within_6_11" />
    <field configurationFlags="None" name="dist_12_17" />
    <field configurationFlags="None" name="nearest_place_12_17" />
    <field configurationFlags="None" name="within_12_17" />
    <field configurationFlags="None" name="dist_meeting" />
    <field configurationFlags="None" name="nearest_place_meeting" />
    <field configurationFlags="None" name="within_meeting" />
    <field configurationFlags="None" name="within_meeting_65plus" />
    <field configurationFlags="None" name="residents_0_5" />
    <field configurationFlags="None" name="residents_6_11" />
    <field configurationFlags="None" name="residents_12_17" />
    <field configurationFlags="None" name="residents_65plus" />
    <field configurationFlags="None" name="gap" />
    <field configurationFlags="None" name="snapped" />
    <field configurationFlags="None" name="snap_distance" />
    <field configurationFlags="None" name="norm" />
    <field configurationFlags="None" name="distance_type" />
    <field configurationFlags="None" name="age_split" />
  </fieldConfiguration>
  <aliases>
    <alias field="source_fid" index="0" name="Id in de invoerlaag" />
    <alias field="dist_0_5" index="1" name="Afstand tot de dichtstbijzijnde speelplek 0-5 jaar (m)" />
    <alias field="nearest_place_0_5" index="2" name="Dichtstbijzijnde speelplek 0-5 jaar (id)" />
    <alias field="within_0_5" index="3" name="Speelplek 0-5 jaar binnen de norm (1 = ja)" />
    <alias field="dist_6_11" index="4" name="Afstand tot de dichtstbijzijnde speelplek 6-11 jaar (m)" />
    <alias field="nearest_place_6_11" index="5" name="Dichtstbijzijnde speelplek 6-11 jaar (id)" />
    <alias field="within_6_11" index="6" name="Speelplek 6-11 jaar binnen de norm (1 = ja)" />
    <alias field="dist_12_17" index="7" name="Afstand tot de dichtstbijzijnde speelplek 12-17 jaar (m)" />
    <alias field="nearest_place_12_17" index="8" name="Dichtstbijzijnde speelplek 12-17 jaar (id)" />
    <alias field="within_12_17" index="9" name="Speelplek 12-17 jaar binnen de norm (1 = ja)" />
    <alias field="dist_meeting" index="10" name="Afstand tot de dichtstbijzijnde ontmoetingsplek (m)" />
    <alias field="nearest_place_meeting" index="11" name="Dichtstbijzijnde ontmoetingsplek (id)" />
    <alias field="within_meeting" index="12" name="Ontmoetingsplek binnen de norm (1 = ja)" />
    <alias field="within_meeting_65plus" index="13" name="65+: ontmoetingsplek binnen de 65+-norm (1 = ja)" />
    <alias field="residents_0_5" index="14" name="Inwoners 0-5 jaar" />
    <alias field="residents_6_11" index="15" name="Inwoners 6-11 jaar" />
    <alias field="residents_12_17" index="16" name="Inwoners 12-17 jaar" />
    <alias field="residents_65plus" index="17" name="Inwoners 65+" />
    <alias field="gap" index="18" name="Buiten elke norm die geldt (1 = ja)" />
    <alias field="snapped" index="19" name="Op het netwerk gezet (1 = ja)" />
    <alias field="snap_distance" index="20" name="Afstand tot het netwerk (m)" />
    <alias field="norm" index="21" name="Norm" />
    <alias field="distance_type" index="22" name="Soort afstand (hemelsbreed, omrijfactor of netwerk)" />
    <alias field="age_split" index="23" name="Aanname leeftijdsverdeling" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="source_fid" />
    <default applyOnUpdate="0" expression="" field="dist_0_5" />
    <default applyOnUpdate="0" expression="" field="nearest_place_0_5" />
    <default applyOnUpdate="0" expression="" field="within_0_5" />
    <default applyOnUpdate="0" expression="" field="dist_6_11" />
    <default applyOnUpdate="0" expression="" field="nearest_place_6_11" />
    <default applyOnUpdate="0" expression="" field="within_6_11" />
    <default applyOnUpdate="0" expression="" field="dist_12_17" />
    <default applyOnUpdate="0" expression="" field="nearest_place_12_17" />
    <default applyOnUpdate="0" expression="" field="within_12_17" />
    <default applyOnUpdate="0" expression="" field="dist_meeting" />
    <default applyOnUpdate="0" expression="" field="nearest_place_meeting" />
    <default applyOnUpdate="0" expression="" field="within_meeting" />
    <default applyOnUpdate="0" expression="" field="within_meeting_65plus" />
    <default applyOnUpdate="0" expression="" field="residents_0_5" />
    <default applyOnUpdate="0" expression="" field="residents_6_11" />
    <default applyOnUpdate="0" expression="" field="residents_12_17" />
    <default applyOnUpdate="0" expression="" field="residents_65plus" />
    <default applyOnUpdate="0" expression="" field="gap" />
    <default applyOnUpdate="0" expression="" field="snapped" />
    <default applyOnUpdate="0" expression="" field="snap_distance" />
    <default applyOnUpdate="0" expression="" field="norm" />
    <default applyOnUpdate="0" expression="" field="distance_type" />
    <default applyOnUpdate="0" expression="" field="age_split" />
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="source_fid" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="dist_0_5" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="nearest_place_0_5" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="within_0_5" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="dist_6_11" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="nearest_place_6_11" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="within_6_11" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="dist_12_17" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="nearest_place_12_17" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="within_12_17" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="dist_meeting" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="nearest_place_meeting" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="within_meeting" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="within_meeting_65plus" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_0_5" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_6_11" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_12_17" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_65plus" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="gap" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="snapped" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="snap_distance" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="distance_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="age_split" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="source_fid" />
    <constraint desc="" exp="" field="dist_0_5" />
    <constraint desc="" exp="" field="nearest_place_0_5" />
    <constraint desc="" exp="" field="within_0_5" />
    <constraint desc="" exp="" field="dist_6_11" />
    <constraint desc="" exp="" field="nearest_place_6_11" />
    <constraint desc="" exp="" field="within_6_11" />
    <constraint desc="" exp="" field="dist_12_17" />
    <constraint desc="" exp="" field="nearest_place_12_17" />
    <constraint desc="" exp="" field="within_12_17" />
    <constraint desc="" exp="" field="dist_meeting" />
    <constraint desc="" exp="" field="nearest_place_meeting" />
    <constraint desc="" exp="" field="within_meeting" />
    <constraint desc="" exp="" field="within_meeting_65plus" />
    <constraint desc="" exp="" field="residents_0_5" />
    <constraint desc="" exp="" field="residents_6_11" />
    <constraint desc="" exp="" field="residents_12_17" />
    <constraint desc="" exp="" field="residents_65plus" />
    <constraint desc="" exp="" field="gap" />
    <constraint desc="" exp="" field="snapped" />
    <constraint desc="" exp="" field="snap_distance" />
    <constraint desc="" exp="" field="norm" />
    <constraint desc="" exp="" field="distance_type" />
    <constraint desc="" exp="" field="age_split" />
  </constraintExpressions>
  <expressionfields />
  <previewExpression>concat('gat: ', CASE WHEN (coalesce(attribute('residents_0_5'), 0) + coalesce(attribute('residents_6_11'), 0) + coalesce(attribute('residents_12_17'), 0)) &gt; 0 AND coalesce(attribute('residents_65plus'), 0) &gt; 0 THEN 'kinderen en 65+' WHEN (coalesce(attribute('residents_0_5'), 0) + coalesce(attribute('residents_6_11'), 0) + coalesce(attribute('residents_12_17'), 0)) &gt; 0 THEN 'kinderen' WHEN coalesce(attribute('residents_65plus'), 0) &gt; 0 THEN '65+' END)</previewExpression>
  <layerGeometryType>0</layerGeometryType>
</qgis>
