<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Rendering|Legend" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
    <rules key="compare_measurements:root">
      <rule filter="&quot;change_total_score&quot; &lt; -0.1 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="compare_measurements:1" label="achteruit: meer dan 0,10 lager" symbol="0" />
      <rule filter="&quot;change_total_score&quot; &gt;= -0.1 AND &quot;change_total_score&quot; &lt; -0.03 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="compare_measurements:2" label="achteruit: 0,03–0,10 lager" symbol="1" />
      <rule filter="&quot;change_total_score&quot; &gt;= -0.03 AND &quot;change_total_score&quot; &lt; 0.03 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="compare_measurements:3" label="ongeveer gelijk (minder dan 0,03 verschil)" symbol="2" />
      <rule filter="&quot;change_total_score&quot; &gt;= 0.03 AND &quot;change_total_score&quot; &lt; 0.1 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="compare_measurements:4" label="vooruit: 0,03–0,10 hoger" symbol="3" />
      <rule filter="&quot;change_total_score&quot; &gt;= 0.1 AND NOT coalesce((array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100) OR (array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))), false)" key="compare_measurements:5" label="vooruit: meer dan 0,10 hoger" symbol="4" />
      <rule filter="ELSE" key="compare_measurements:else" label="niet vergeleken (geen nulmeting of geen score)" symbol="5" />
      <rule filter="&quot;within_uncertainty_total_score&quot; = 1" key="compare_measurements:extra1" label="gearceerd: verandering valt binnen de meetonzekerheid" symbol="6" />
      <rule filter="array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NOT NULL AND attribute('aantal_inwoners') &lt; 100" key="compare_measurements:withheld1" label="minder dan 100 inwoners: geen kleur (te weinig inwoners voor een cijfer)" symbol="7" />
      <rule filter="array_contains(map_akeys(attributes()), 'aantal_inwoners') AND attribute('aantal_inwoners') IS NULL AND (coalesce(attribute('water'), '') = 'JA' OR (coalesce(attribute('aantal_inwoners'), 0) = 0 AND lower(coalesce(attribute('buurtnaam'), attribute('wijknaam'), '')) LIKE '%water%'))" key="compare_measurements:withheld2" label="water (geen inwoners): geen kleur" symbol="8" />
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
            <Option name="color" type="QString" value="123,50,148,255" />
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
          <prop k="color" v="123,50,148,255" />
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
            <Option name="color" type="QString" value="194,165,207,255" />
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
          <prop k="color" v="194,165,207,255" />
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
            <Option name="color" type="QString" value="247,247,247,255" />
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
          <prop k="color" v="247,247,247,255" />
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
            <Option name="color" type="QString" value="166,219,160,255" />
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
          <prop k="color" v="166,219,160,255" />
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
            <Option name="color" type="QString" value="0,136,55,255" />
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
          <prop k="color" v="0,136,55,255" />
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
        <layer class="LinePatternFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="45" />
            <Option name="color" type="QString" value="64,64,64,255" />
            <Option name="distance" type="QString" value="1.6" />
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
          <prop k="color" v="64,64,64,255" />
          <prop k="distance" v="1.6" />
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
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@6@0" type="line">
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
                <Option name="line_color" type="QString" value="64,64,64,255" />
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
              <prop k="line_color" v="64,64,64,255" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="8" type="fill">
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
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@8@1" type="line">
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
    <field configurationFlags="None" name="baseline_code" />
    <field configurationFlags="None" name="translated" />
    <field configurationFlags="None" name="baseline_total_score" />
    <field configurationFlags="None" name="current_total_score" />
    <field configurationFlags="None" name="change_total_score" />
    <field configurationFlags="None" name="within_uncertainty_total_score" />
    <field configurationFlags="None" name="trend_total_score" />
    <field configurationFlags="None" name="gemeentecode" />
  </fieldConfiguration>
  <aliases>
    <alias field="wijkcode" index="0" name="Wijkcode" />
    <alias field="wijknaam" index="1" name="Wijknaam" />
    <alias field="buurtcode" index="2" name="Buurtcode" />
    <alias field="buurtnaam" index="3" name="Buurtnaam" />
    <alias field="gemeentenaam" index="4" name="Gemeente" />
    <alias field="aantal_inwoners" index="5" name="Aantal inwoners" />
    <alias field="baseline_code" index="6" name="Code in de nulmeting" />
    <alias field="translated" index="7" name="Code vertaald (1 = ja)" />
    <alias field="baseline_total_score" index="8" name="Totaalscore nulmeting" />
    <alias field="current_total_score" index="9" name="Totaalscore nu" />
    <alias field="change_total_score" index="10" name="Verandering totaalscore" />
    <alias field="within_uncertainty_total_score" index="11" name="Binnen de meetonzekerheid (1 = ja)" />
    <alias field="trend_total_score" index="12" name="Trend totaalscore" />
    <alias field="gemeentecode" index="13" name="Gemeentecode" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="wijkcode" />
    <default applyOnUpdate="0" expression="" field="wijknaam" />
    <default applyOnUpdate="0" expression="" field="buurtcode" />
    <default applyOnUpdate="0" expression="" field="buurtnaam" />
    <default applyOnUpdate="0" expression="" field="gemeentenaam" />
    <default applyOnUpdate="0" expression="" field="aantal_inwoners" />
    <default applyOnUpdate="0" expression="" field="baseline_code" />
    <default applyOnUpdate="0" expression="" field="translated" />
    <default applyOnUpdate="0" expression="" field="baseline_total_score" />
    <default applyOnUpdate="0" expression="" field="current_total_score" />
    <default applyOnUpdate="0" expression="" field="change_total_score" />
    <default applyOnUpdate="0" expression="" field="within_uncertainty_total_score" />
    <default applyOnUpdate="0" expression="" field="trend_total_score" />
    <default applyOnUpdate="0" expression="" field="gemeentecode" />
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="wijkcode" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="wijknaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="buurtcode" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="buurtnaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="gemeentenaam" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="aantal_inwoners" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="baseline_code" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="translated" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="baseline_total_score" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="current_total_score" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="change_total_score" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="within_uncertainty_total_score" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="trend_total_score" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="gemeentecode" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="wijkcode" />
    <constraint desc="" exp="" field="wijknaam" />
    <constraint desc="" exp="" field="buurtcode" />
    <constraint desc="" exp="" field="buurtnaam" />
    <constraint desc="" exp="" field="gemeentenaam" />
    <constraint desc="" exp="" field="aantal_inwoners" />
    <constraint desc="" exp="" field="baseline_code" />
    <constraint desc="" exp="" field="translated" />
    <constraint desc="" exp="" field="baseline_total_score" />
    <constraint desc="" exp="" field="current_total_score" />
    <constraint desc="" exp="" field="change_total_score" />
    <constraint desc="" exp="" field="within_uncertainty_total_score" />
    <constraint desc="" exp="" field="trend_total_score" />
    <constraint desc="" exp="" field="gemeentecode" />
  </constraintExpressions>
  <expressionfields />
  <previewExpression>coalesce("buurtnaam", "wijknaam", '')</previewExpression>
  <layerGeometryType>2</layerGeometryType>
</qgis>
