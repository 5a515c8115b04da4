<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Rendering|Legend" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
    <rules key="ambition_scores:root">
      <rule filter="&quot;total_score&quot; &lt; 0.2 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="ambition_scores:1" label="score 0,0–0,2 (grote opgave)" symbol="0" />
      <rule filter="&quot;total_score&quot; &gt;= 0.2 AND &quot;total_score&quot; &lt; 0.4 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="ambition_scores:2" label="score 0,2–0,4" symbol="1" />
      <rule filter="&quot;total_score&quot; &gt;= 0.4 AND &quot;total_score&quot; &lt; 0.6 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="ambition_scores:3" label="score 0,4–0,6 (rond het midden)" symbol="2" />
      <rule filter="&quot;total_score&quot; &gt;= 0.6 AND &quot;total_score&quot; &lt; 0.8 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="ambition_scores:4" label="score 0,6–0,8" symbol="3" />
      <rule filter="&quot;total_score&quot; &gt;= 0.8 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="ambition_scores:5" label="score 0,8–1,0 (kleine opgave)" symbol="4" />
      <rule filter="ELSE" key="ambition_scores:else" label="geen totaalscore" symbol="5" />
      <rule filter="array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100" key="ambition_scores:withheld1" label="minder dan 100 inwoners: geen kleur (te weinig inwoners voor een cijfer)" symbol="6" />
      <rule filter="array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))" key="ambition_scores:withheld2" label="water (geen inwoners): geen kleur" symbol="7" />
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
            <Option name="color" type="QString" value="215,25,28,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="90,90,90,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.26" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="215,25,28,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="90,90,90,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.26" />
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
            <Option name="color" type="QString" value="253,174,97,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="90,90,90,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.26" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="253,174,97,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="90,90,90,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.26" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="fill">
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
            <Option name="color" type="QString" value="255,255,191,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="90,90,90,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.26" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="255,255,191,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="90,90,90,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.26" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="fill">
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
            <Option name="color" type="QString" value="171,217,233,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="90,90,90,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.26" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="171,217,233,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="90,90,90,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.26" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="fill">
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
            <Option name="color" type="QString" value="44,123,182,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="90,90,90,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.26" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="44,123,182,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="90,90,90,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.26" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="5" type="fill">
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
            <Option name="outline_color" type="QString" value="90,90,90,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.26" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="no" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="90,90,90,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.26" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="6" type="fill">
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
            <Option name="color" type="QString" value="227,227,227,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="154,154,154,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="227,227,227,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="154,154,154,255" />
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
        <layer class="LinePatternFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="45" />
            <Option name="color" type="QString" value="168,168,168,255" />
            <Option name="distance" type="QString" value="1.8" />
            <Option name="distance_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="distance_unit" type="QString" value="MM" />
            <Option name="line_width" type="QString" value="0" />
            <Option name="line_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
          </Option>
          <prop k="angle" v="45" />
          <prop k="color" v="168,168,168,255" />
          <prop k="distance" v="1.8" />
          <prop k="distance_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="distance_unit" v="MM" />
          <prop k="line_width" v="0" />
          <prop k="line_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@6@1" type="line">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleLine" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="align_dash_pattern" type="QString" value="0" />
                <Option name="capstyle" type="QString" value="square" />
                <Option name="customdash" type="QString" value="5;2" />
                <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="customdash_unit" type="QString" value="MM" />
                <Option name="dash_pattern_offset" type="QString" value="0" />
                <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
                <Option name="draw_inside_polygon" type="QString" value="0" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="line_color" type="QString" value="168,168,168,255" />
                <Option name="line_style" type="QString" value="solid" />
                <Option name="line_width" type="QString" value="0.2" />
                <Option name="line_width_unit" type="QString" value="MM" />
                <Option name="offset" type="QString" value="0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="ring_filter" type="QString" value="0" />
                <Option name="trim_distance_end" type="QString" value="0" />
                <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="trim_distance_end_unit" type="QString" value="MM" />
                <Option name="trim_distance_start" type="QString" value="0" />
                <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="trim_distance_start_unit" type="QString" value="MM" />
                <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
                <Option name="use_custom_dash" type="QString" value="0" />
                <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
              </Option>
              <prop k="align_dash_pattern" v="0" />
              <prop k="capstyle" v="square" />
              <prop k="customdash" v="5;2" />
              <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="customdash_unit" v="MM" />
              <prop k="dash_pattern_offset" v="0" />
              <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="dash_pattern_offset_unit" v="MM" />
              <prop k="draw_inside_polygon" v="0" />
              <prop k="joinstyle" v="bevel" />
              <prop k="line_color" v="168,168,168,255" />
              <prop k="line_style" v="solid" />
              <prop k="line_width" v="0.2" />
              <prop k="line_width_unit" v="MM" />
              <prop k="offset" v="0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="ring_filter" v="0" />
              <prop k="trim_distance_end" v="0" />
              <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="trim_distance_end_unit" v="MM" />
              <prop k="trim_distance_start" v="0" />
              <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="trim_distance_start_unit" v="MM" />
              <prop k="tweak_dash_pattern_on_corners" v="0" />
              <prop k="use_custom_dash" v="0" />
              <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="7" type="fill">
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
            <Option name="color" type="QString" value="227,227,227,255" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="154,154,154,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="227,227,227,255" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="154,154,154,255" />
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
        <layer class="LinePatternFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="45" />
            <Option name="color" type="QString" value="168,168,168,255" />
            <Option name="distance" type="QString" value="1.8" />
            <Option name="distance_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="distance_unit" type="QString" value="MM" />
            <Option name="line_width" type="QString" value="0" />
            <Option name="line_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
          </Option>
          <prop k="angle" v="45" />
          <prop k="color" v="168,168,168,255" />
          <prop k="distance" v="1.8" />
          <prop k="distance_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="distance_unit" v="MM" />
          <prop k="line_width" v="0" />
          <prop k="line_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@7@1" type="line">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleLine" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="align_dash_pattern" type="QString" value="0" />
                <Option name="capstyle" type="QString" value="square" />
                <Option name="customdash" type="QString" value="5;2" />
                <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="customdash_unit" type="QString" value="MM" />
                <Option name="dash_pattern_offset" type="QString" value="0" />
                <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
                <Option name="draw_inside_polygon" type="QString" value="0" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="line_color" type="QString" value="168,168,168,255" />
                <Option name="line_style" type="QString" value="solid" />
                <Option name="line_width" type="QString" value="0.2" />
                <Option name="line_width_unit" type="QString" value="MM" />
                <Option name="offset" type="QString" value="0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="ring_filter" type="QString" value="0" />
                <Option name="trim_distance_end" type="QString" value="0" />
                <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="trim_distance_end_unit" type="QString" value="MM" />
                <Option name="trim_distance_start" type="QString" value="0" />
                <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="trim_distance_start_unit" type="QString" value="MM" />
                <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
                <Option name="use_custom_dash" type="QString" value="0" />
                <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
              </Option>
              <prop k="align_dash_pattern" v="0" />
              <prop k="capstyle" v="square" />
              <prop k="customdash" v="5;2" />
              <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="customdash_unit" v="MM" />
              <prop k="dash_pattern_offset" v="0" />
              <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="dash_pattern_offset_unit" v="MM" />
              <prop k="draw_inside_polygon" v="0" />
              <prop k="joinstyle" v="bevel" />
              <prop k="line_color" v="168,168,168,255" />
              <prop k="line_style" v="solid" />
              <prop k="line_width" v="0.2" />
              <prop k="line_width_unit" v="MM" />
              <prop k="offset" v="0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="ring_filter" v="0" />
              <prop k="trim_distance_end" v="0" />
              <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="trim_distance_end_unit" v="MM" />
              <prop k="trim_distance_start" v="0" />
              <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="trim_distance_start_unit" v="MM" />
              <prop k="tweak_dash_pattern_on_corners" v="0" />
              <prop k="use_custom_dash" v="0" />
              <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
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
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="coalesce(&quot;buurtnaam&quot;, &quot;wijknaam&quot;, '')" fontFamily="Arial" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="8" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="1" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="32,32,32,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
        <families />
        <text-buffer bufferBlendMode="0" bufferColor="255,255,255,255" bufferDraw="1" bufferJoinStyle="128" bufferNoFill="1" bufferOpacity="0.84999999999999998" bufferSize="0.80000000000000004" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" />
        <text-mask maskEnabled="0" maskJoinStyle="128" maskOpacity="1" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSizeUnits="MM" maskType="0" maskedSymbolLayers="" />
        <background shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeDraw="0" shapeFillColor="255,255,255,255" shapeJoinStyle="64" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeRadiiX="0" shapeRadiiY="0" shapeRotation="0" shapeRotationType="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeX="0" shapeSizeY="0" shapeType="0">
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="fillSymbol" type="fill">
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
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="128,128,128,255" />
                <Option name="outline_style" type="QString" value="no" />
                <Option name="outline_width" type="QString" value="0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="style" type="QString" value="solid" />
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="joinstyle" v="bevel" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="128,128,128,255" />
              <prop k="outline_style" v="no" />
              <prop k="outline_width" v="0" />
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
        </background>
        <shadow shadowBlendMode="6" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowScale="100" shadowUnder="0" />
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </dd_properties>
        <substitutions />
      </text-style>
      <text-format addDirectionSymbol="0" autoWrapLength="0" decimals="3" formatNumbers="0" leftDirectionSymbol="&lt;" multilineAlign="1" placeDirectionSymbol="0" plussign="0" reverseDirectionSymbol="0" rightDirectionSymbol="&gt;" useMaxLineLengthForAutoWrap="1" wrapChar="" />
      <placement centroidInside="1" centroidWhole="0" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="1" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="5" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
      <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="0" scaleMin="0" scaleVisibility="0" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value="" />
          <Option name="properties" />
          <Option name="type" type="QString" value="collection" />
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility" />
          <Option name="blendMode" type="int" value="0" />
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
          <Option name="drawToAllParts" type="bool" value="false" />
          <Option name="enabled" type="QString" value="0" />
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior" />
          <Option name="lineSymbol" type="QString" value="&lt;symbol alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; type=&quot;line&quot;&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot; /&gt;&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot; /&gt;&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot; /&gt;&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot; /&gt;&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot; /&gt;&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot; /&gt;&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;/Option&gt;&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot; /&gt;&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot; /&gt;&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot; /&gt;&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot; /&gt;&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot; /&gt;&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot; /&gt;&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;/layer&gt;&lt;/symbol&gt;" />
          <Option name="minLength" type="double" value="0" />
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="minLengthUnit" type="QString" value="MM" />
          <Option name="offsetFromAnchor" type="double" value="0" />
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offsetFromAnchorUnit" type="QString" value="MM" />
          <Option name="offsetFromLabel" type="double" value="0" />
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offsetFromLabelUnit" type="QString" value="MM" />
        </Option>
      </callout>
    </settings>
  </labeling>
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
    <field configurationFlags="None" name="total_score" />
    <field configurationFlags="None" name="need" />
    <field configurationFlags="None" name="need_driver_1" />
    <field configurationFlags="None" name="need_driver_2" />
    <field configurationFlags="None" name="need_driver_3" />
    <field configurationFlags="None" name="need_driver_1_label" />
    <field configurationFlags="None" name="need_driver_2_label" />
    <field configurationFlags="None" name="need_driver_3_label" />
    <field configurationFlags="None" name="gemeentecode" />
    <field configurationFlags="None" name="jaar" />
    <field configurationFlags="None" name="mannen" />
    <field configurationFlags="None" name="vrouwen" />
    <field configurationFlags="None" name="0_15" />
    <field configurationFlags="None" name="15_25" />
    <field configurationFlags="None" name="25_45" />
    <field configurationFlags="None" name="45_65" />
    <field configurationFlags="None" name="65plus" />
    <field configurationFlags="None" name="huishoudens" />
    <field configurationFlags="None" name="gem_huishouden_grootte" />
    <field configurationFlags="None" name="bevolkingsdichtheid" />
    <field configurationFlags="None" name="personenautos" />
    <field configurationFlags="None" name="note" />
    <field configurationFlags="None" name="out_of_range_predictors" />
    <field configurationFlags="None" name="imputed_predictors" />
    <field configurationFlags="None" name="explanation_up" />
    <field configurationFlags="None" name="explanation_down" />
    <field configurationFlags="None" name="indicators_used" />
    <field configurationFlags="None" name="ambitions_in_total" />
    <field configurationFlags="None" name="estimate" />
    <field configurationFlags="None" name="lower" />
    <field configurationFlags="None" name="upper" />
    <field configurationFlags="None" name="published" />
    <field configurationFlags="None" name="out_of_range" />
    <field configurationFlags="None" name="share_0_5_within_norm" />
    <field configurationFlags="None" name="share_6_11_within_norm" />
    <field configurationFlags="None" name="share_12_17_within_norm" />
    <field configurationFlags="None" name="share_65plus_within_meeting_norm" />
    <field configurationFlags="None" name="meeting_places_per_1000_65plus" />
    <field configurationFlags="None" name="ambitions_missing" />
    <field configurationFlags="None" name="missing_reweighted" />
    <field configurationFlags="None" name="missing_flagged" />
    <field configurationFlags="None" name="reference" />
  </fieldConfiguration>
  <aliases>
    <alias field="wijkcode" index="0" name="Wijkcode" />
    <alias field="wijknaam" index="1" name="Wijknaam" />
    <alias field="buurtcode" index="2" name="Buurtcode" />
    <alias field="buurtnaam" index="3" name="Buurtnaam" />
    <alias field="gemeentenaam" index="4" name="Gemeente" />
    <alias field="aantal_inwoners" index="5" name="Aantal inwoners" />
    <alias field="total_score" index="6" name="Totaalscore (0–1, 1 = best)" />
    <alias field="need" index="7" name="Opgave (1 − totaalscore)" />
    <alias field="need_driver_1" index="8" name="Grootste bijdrage aan de opgave (code)" />
    <alias field="need_driver_2" index="9" name="Tweede bijdrage aan de opgave (code)" />
    <alias field="need_driver_3" index="10" name="Derde bijdrage aan de opgave (code)" />
    <alias field="need_driver_1_label" index="11" name="Grootste bijdrage aan de opgave" />
    <alias field="need_driver_2_label" index="12" name="Tweede bijdrage aan de opgave" />
    <alias field="need_driver_3_label" index="13" name="Derde bijdrage aan de opgave" />
    <alias field="gemeentecode" index="14" name="Gemeentecode" />
    <alias field="jaar" index="15" name="Jaar van de CBS-gebieden" />
    <alias field="mannen" index="16" name="Mannen" />
    <alias field="vrouwen" index="17" name="Vrouwen" />
    <alias field="0_15" index="18" name="Inwoners 0-15 jaar" />
    <alias field="15_25" index="19" name="Inwoners 15-25 jaar" />
    <alias field="25_45" index="20" name="Inwoners 25-45 jaar" />
    <alias field="45_65" index="21" name="Inwoners 45-65 jaar" />
    <alias field="65plus" index="22" name="Inwoners 65 jaar en ouder" />
    <alias field="huishoudens" index="23" name="Huishoudens" />
    <alias field="gem_huishouden_grootte" index="24" name="Gemiddelde huishoudensgrootte" />
    <alias field="bevolkingsdichtheid" index="25" name="Bevolkingsdichtheid (inwoners per km²)" />
    <alias field="personenautos" index="26" name="Personenauto's" />
    <alias field="note" index="27" name="Toelichting (waarom leeg; signaal, geen oordeel)" />
    <alias field="out_of_range_predictors" index="28" name="Voorspellers buiten het trainingsbereik (codes)" />
    <alias field="imputed_predictors" index="29" name="Aangevulde voorspellers (codes)" />
    <alias field="explanation_up" index="30" name="Verhoogt de schatting (CBS-velden)" />
    <alias field="explanation_down" index="31" name="Verlaagt de schatting (CBS-velden)" />
    <alias field="indicators_used" index="32" name="Gebruikte indicatoren (codes)" />
    <alias field="ambitions_in_total" index="33" name="Ambities in de totaalscore (codes)" />
    <alias field="estimate" index="34" name="Geschat eenzaam 18+ (%)" />
    <alias field="lower" index="35" name="Schatting eenzaam, ondergrens interval (%)" />
    <alias field="upper" index="36" name="Schatting eenzaam, bovengrens interval (%)" />
    <alias field="published" index="37" name="Schatting gepubliceerd (1 = ja)" />
    <alias field="out_of_range" index="38" name="Schatting buiten het trainingsbereik (1 = ja)" />
    <alias field="share_0_5_within_norm" index="39" name="Aandeel 0-5 jaar binnen de norm (0–1)" />
    <alias field="share_6_11_within_norm" index="40" name="Aandeel 6-11 jaar binnen de norm (0–1)" />
    <alias field="share_12_17_within_norm" index="41" name="Aandeel 12-17 jaar binnen de norm (0–1)" />
    <alias field="share_65plus_within_meeting_norm" index="42" name="Aandeel 65+ binnen de norm ontmoetingsplek (0–1)" />
    <alias field="meeting_places_per_1000_65plus" index="43" name="Ontmoetingsplekken per 1.000 inwoners 65+" />
    <alias field="ambitions_missing" index="44" name="Ambities zonder gegevens (codes)" />
    <alias field="missing_reweighted" index="45" name="Ontbrekende indicatoren, herwogen (codes)" />
    <alias field="missing_flagged" index="46" name="Ontbrekende indicatoren, gemarkeerd (codes)" />
    <alias field="reference" index="47" name="Referentie" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="wijkcode" />
    <default applyOnUpdate="0" expression="" field="wijknaam" />
    <default applyOnUpdate="0" expression="" field="buurtcode" />
    <default applyOnUpdate="0" expression="" field="buurtnaam" />
    <default applyOnUpdate="0" expression="" field="gemeentenaam" />
    <default applyOnUpdate="0" expression="" field="aantal_inwoners" />
    <default applyOnUpdate="0" expression="" field="total_score" />
    <default applyOnUpdate="0" expression="" field="need" />
    <default applyOnUpdate="0" expression="" field="need_driver_1" />
    <default applyOnUpdate="0" expression="" field="need_driver_2" />
    <default applyOnUpdate="0" expression="" field="need_driver_3" />
    <default applyOnUpdate="0" expression="" field="need_driver_1_label" />
    <default applyOnUpdate="0" expression="" field="need_driver_2_label" />
    <default applyOnUpdate="0" expression="" field="need_driver_3_label" />
    <default applyOnUpdate="0" expression="" field="gemeentecode" />
    <default applyOnUpdate="0" expression="" field="jaar" />
    <default applyOnUpdate="0" expression="" field="mannen" />
    <default applyOnUpdate="0" expression="" field="vrouwen" />
    <default applyOnUpdate="0" expression="" field="0_15" />
    <default applyOnUpdate="0" expression="" field="15_25" />
    <default applyOnUpdate="0" expression="" field="25_45" />
    <default applyOnUpdate="0" expression="" field="45_65" />
    <default applyOnUpdate="0" expression="" field="65plus" />
    <default applyOnUpdate="0" expression="" field="huishoudens" />
    <default applyOnUpdate="0" expression="" field="gem_huishouden_grootte" />
    <default applyOnUpdate="0" expression="" field="bevolkingsdichtheid" />
    <default applyOnUpdate="0" expression="" field="personenautos" />
    <default applyOnUpdate="0" expression="" field="note" />
    <default applyOnUpdate="0" expression="" field="out_of_range_predictors" />
    <default applyOnUpdate="0" expression="" field="imputed_predictors" />
    <default applyOnUpdate="0" expression="" field="explanation_up" />
    <default applyOnUpdate="0" expression="" field="explanation_down" />
    <default applyOnUpdate="0" expression="" field="indicators_used" />
    <default applyOnUpdate="0" expression="" field="ambitions_in_total" />
    <default applyOnUpdate="0" expression="" field="estimate" />
    <default applyOnUpdate="0" expression="" field="lower" />
    <default applyOnUpdate="0" expression="" field="upper" />
    <default applyOnUpdate="0" expression="" field="published" />
    <default applyOnUpdate="0" expression="" field="out_of_range" />
    <default applyOnUpdate="0" expression="" field="share_0_5_within_norm" />
    <default applyOnUpdate="0" expression="" field="share_6_11_within_norm" />
    <default applyOnUpdate="0" expression="" field="share_12_17_within_norm" />
    <default applyOnUpdate="0" expression="" field="share_65plus_within_meeting_norm" />
    <default applyOnUpdate="0" expression="" field="meeting_places_per_1000_65plus" />
    <default applyOnUpdate="0" expression="" field="ambitions_missing" />
    <default applyOnUpdate="0" expression="" field="missing_reweighted" />
    <default applyOnUpdate="0" expression="" field="missing_flagged" />
    <default applyOnUpdate="0" expression="" field="reference" />
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="wijkcode" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="wijknaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="buurtcode" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="buurtnaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="gemeentenaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="aantal_inwoners" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="total_score" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="need" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="need_driver_1" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="need_driver_2" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="need_driver_3" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="need_driver_1_label" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="need_driver_2_label" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="need_driver_3_label" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="gemeentecode" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="jaar" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="mannen" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="vrouwen" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="0_15" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="15_25" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="25_45" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="45_65" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="65plus" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="huishoudens" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="gem_huishouden_grootte" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="bevolkingsdichtheid" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="personenautos" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="note" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="out_of_range_predictors" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="imputed_predictors" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="explanation_up" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="explanation_down" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="indicators_used" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="ambitions_in_total" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="estimate" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="lower" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="upper" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="published" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="out_of_range" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="share_0_5_within_norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="share_6_11_within_norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="share_12_17_within_norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="share_65plus_within_meeting_norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="meeting_places_per_1000_65plus" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="ambitions_missing" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="missing_reweighted" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="missing_flagged" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="reference" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="wijkcode" />
    <constraint desc="" exp="" field="wijknaam" />
    <constraint desc="" exp="" field="buurtcode" />
    <constraint desc="" exp="" field="buurtnaam" />
    <constraint desc="" exp="" field="gemeentenaam" />
    <constraint desc="" exp="" field="aantal_inwoners" />
    <constraint desc="" exp="" field="total_score" />
    <constraint desc="" exp="" field="need" />
    <constraint desc="" exp="" field="need_driver_1" />
    <constraint desc="" exp="" field="need_driver_2" />
    <constraint desc="" exp="" field="need_driver_3" />
    <constraint desc="" exp="" field="need_driver_1_label" />
    <constraint desc="" exp="" field="need_driver_2_label" />
    <constraint desc="" exp="" field="need_driver_3_label" />
    <constraint desc="" exp="" field="gemeentecode" />
    <constraint desc="" exp="" field="jaar" />
    <constraint desc="" exp="" field="mannen" />
    <constraint desc="" exp="" field="vrouwen" />
    <constraint desc="" exp="" field="0_15" />
    <constraint desc="" exp="" field="15_25" />
    <constraint desc="" exp="" field="25_45" />
    <constraint desc="" exp="" field="45_65" />
    <constraint desc="" exp="" field="65plus" />
    <constraint desc="" exp="" field="huishoudens" />
    <constraint desc="" exp="" field="gem_huishouden_grootte" />
    <constraint desc="" exp="" field="bevolkingsdichtheid" />
    <constraint desc="" exp="" field="personenautos" />
    <constraint desc="" exp="" field="note" />
    <constraint desc="" exp="" field="out_of_range_predictors" />
    <constraint desc="" exp="" field="imputed_predictors" />
    <constraint desc="" exp="" field="explanation_up" />
    <constraint desc="" exp="" field="explanation_down" />
    <constraint desc="" exp="" field="indicators_used" />
    <constraint desc="" exp="" field="ambitions_in_total" />
    <constraint desc="" exp="" field="estimate" />
    <constraint desc="" exp="" field="lower" />
    <constraint desc="" exp="" field="upper" />
    <constraint desc="" exp="" field="published" />
    <constraint desc="" exp="" field="out_of_range" />
    <constraint desc="" exp="" field="share_0_5_within_norm" />
    <constraint desc="" exp="" field="share_6_11_within_norm" />
    <constraint desc="" exp="" field="share_12_17_within_norm" />
    <constraint desc="" exp="" field="share_65plus_within_meeting_norm" />
    <constraint desc="" exp="" field="meeting_places_per_1000_65plus" />
    <constraint desc="" exp="" field="ambitions_missing" />
    <constraint desc="" exp="" field="missing_reweighted" />
    <constraint desc="" exp="" field="missing_flagged" />
    <constraint desc="" exp="" field="reference" />
  </constraintExpressions>
  <expressionfields />
  <previewExpression>coalesce("buurtnaam", "wijknaam", '')</previewExpression>
  <layerGeometryType>2</layerGeometryType>
</qgis>
