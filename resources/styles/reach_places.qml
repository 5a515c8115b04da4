<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Rendering|Legend" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 attr="CASE WHEN attribute('place_kind') = 'meeting place' THEN 'meeting' WHEN attribute('serves_0_5') = 1 THEN '0_5' WHEN attribute('serves_6_11') = 1 THEN '6_11' WHEN attribute('serves_12_17') = 1 THEN '12_17' ELSE 'unknown' END" enableorderby="1" forceraster="0" referencescale="-1" symbollevels="0" type="categorizedSymbol">
    <categories>
      <category label="speelplek, ook voor 0-5 jaar" render="true" symbol="0" value="0_5" />
      <category label="speelplek vanaf 6-11 jaar" render="true" symbol="1" value="6_11" />
      <category label="speelplek alleen voor 12-17 jaar" render="true" symbol="2" value="12_17" />
      <category label="ontmoetingsplek (65+)" render="true" symbol="3" value="meeting" />
      <category label="leeftijdsgroep onbekend" render="true" symbol="4" value="unknown" />
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
            <Option name="color" type="QString" value="51,34,136,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="2.4" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="51,34,136,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="2.4" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="CASE WHEN attribute('place_kind') = 'meeting place' THEN coalesce(attribute('residents_65plus_nearest'), 0) ELSE coalesce(attribute('residents_0_5_nearest'), 0) + coalesce(attribute('residents_6_11_nearest'), 0) + coalesce(attribute('residents_12_17_nearest'), 0) END" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="500" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="0" />
                      <Option name="nullSize" type="double" value="1.8" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
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
            <Option name="color" type="QString" value="68,170,153,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="triangle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="2.4" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="68,170,153,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="triangle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="2.4" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="CASE WHEN attribute('place_kind') = 'meeting place' THEN coalesce(attribute('residents_65plus_nearest'), 0) ELSE coalesce(attribute('residents_0_5_nearest'), 0) + coalesce(attribute('residents_6_11_nearest'), 0) + coalesce(attribute('residents_12_17_nearest'), 0) END" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="500" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="0" />
                      <Option name="nullSize" type="double" value="1.8" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
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
            <Option name="color" type="QString" value="136,34,85,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="diamond" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="2.4" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="136,34,85,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="diamond" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="2.4" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="CASE WHEN attribute('place_kind') = 'meeting place' THEN coalesce(attribute('residents_65plus_nearest'), 0) ELSE coalesce(attribute('residents_0_5_nearest'), 0) + coalesce(attribute('residents_6_11_nearest'), 0) + coalesce(attribute('residents_12_17_nearest'), 0) END" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="500" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="0" />
                      <Option name="nullSize" type="double" value="1.8" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
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
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="221,204,119,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="64,64,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="2.4" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="221,204,119,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="64,64,64,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="2.4" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="CASE WHEN attribute('place_kind') = 'meeting place' THEN coalesce(attribute('residents_65plus_nearest'), 0) ELSE coalesce(attribute('residents_0_5_nearest'), 0) + coalesce(attribute('residents_6_11_nearest'), 0) + coalesce(attribute('residents_12_17_nearest'), 0) END" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="500" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="0" />
                      <Option name="nullSize" type="double" value="1.8" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="marker">
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
            <Option name="color" type="QString" value="221,221,221,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="64,64,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="2.4" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="221,221,221,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="64,64,64,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="2.4" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="CASE WHEN attribute('place_kind') = 'meeting place' THEN coalesce(attribute('residents_65plus_nearest'), 0) ELSE coalesce(attribute('residents_0_5_nearest'), 0) + coalesce(attribute('residents_6_11_nearest'), 0) + coalesce(attribute('residents_12_17_nearest'), 0) END" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="500" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="0" />
                      <Option name="nullSize" type="double" value="1.8" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
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
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0" />
            <Option name="cap_style" type="QString" value="square" />
            <Option name="color" type="QString" value="221,221,221,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="circle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="64,64,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="2.4" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="221,221,221,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="circle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="64,64,64,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="2.4" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="expression" type="QString" value="CASE WHEN attribute('place_kind') = 'meeting place' THEN coalesce(attribute('residents_65plus_nearest'), 0) ELSE coalesce(attribute('residents_0_5_nearest'), 0) + coalesce(attribute('residents_6_11_nearest'), 0) + coalesce(attribute('residents_12_17_nearest'), 0) END" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="500" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="0" />
                      <Option name="nullSize" type="double" value="1.8" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="3" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </source-symbol>
    <rotation />
    <sizescale />
    <data-defined-size-legend title="Grootte: inwoners voor wie dit de dichtstbijzijnde plek is" type="collapsed" valign="bottom">
      <lineSymbol>
        <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="lineSymbol" type="line">
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
              <Option name="line_color" type="QString" value="0,0,0,255" />
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
            <prop k="line_color" v="0,0,0,255" />
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
      </lineSymbol>
      <text-style align="1" color="0,0,0,255">
        <font family="Arial" italic="0" size="12" weight="50" />
      </text-style>
      <classes>
        <class label="50" size="50" />
        <class label="500 of meer" size="500" />
      </classes>
    </data-defined-size-legend>
    <orderby>
      <orderByClause asc="0" nullsFirst="1">CASE WHEN attribute('place_kind') = 'meeting place' THEN coalesce(attribute('residents_65plus_nearest'), 0) ELSE coalesce(attribute('residents_0_5_nearest'), 0) + coalesce(attribute('residents_6_11_nearest'), 0) + coalesce(attribute('residents_12_17_nearest'), 0) END</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="&quot;name&quot;" fontFamily="Arial" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="7.5" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="1" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="32,32,32,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
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
      <placement centroidInside="0" centroidWhole="0" dist="1" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="0" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="5" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
      <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="7500" scaleMin="0" scaleVisibility="1" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
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
    <field configurationFlags="None" name="place_kind" />
    <field configurationFlags="None" name="source_fid" />
    <field configurationFlags="None" name="name" />
    <field configurationFlags="None" name="serves_0_5" />
    <field configurationFlags="None" name="serves_6_11" />
    <field configurationFlags="None" name="serves_12_17" />
    <field configurationFlags="None" name="serves_meeting" />
    <field configurationFlags="None" name="snapped" />
    <field configurationFlags="None" name="snap_distance" />
    <field configurationFlags="None" name="residents_0_5_nearest" />
    <field configurationFlags="None" name="residents_0_5_nearest_within_norm" />
    <field configurationFlags="None" name="residents_6_11_nearest" />
    <field configurationFlags="None" name="residents_6_11_nearest_within_norm" />
    <field configurationFlags="None" name="residents_12_17_nearest" />
    <field configurationFlags="None" name="residents_12_17_nearest_within_norm" />
    <field configurationFlags="None" name="residents_65plus_nearest" />
    <field configurationFlags="None" name="residents_65plus_nearest_within_norm" />
    <field configurationFlags="None" name="norm" />
    <field configurationFlags="None" name="distance_type" />
    <field configurationFlags="None" name="age_split" />
  </fieldConfiguration>
  <aliases>
    <alias field="place_kind" index="0" name="Soort plek (code)" />
    <alias field="source_fid" index="1" name="Id in de invoerlaag" />
    <alias field="name" index="2" name="Naam" />
    <alias field="serves_0_5" index="3" name="Voor 0-5 jaar (1 = ja)" />
    <alias field="serves_6_11" index="4" name="Voor 6-11 jaar (1 = ja)" />
    <alias field="serves_12_17" index="5" name="Voor 12-17 jaar (1 = ja)" />
    <alias field="serves_meeting" index="6" name="Ontmoetingsplek (1 = ja)" />
    <alias field="snapped" index="7" name="Op het netwerk gezet (1 = ja)" />
    <alias field="snap_distance" index="8" name="Afstand tot het netwerk (m)" />
    <alias field="residents_0_5_nearest" index="9" name="Inwoners 0-5 jaar voor wie dit de dichtstbij is" />
    <alias field="residents_0_5_nearest_within_norm" index="10" name="Inwoners 0-5 jaar voor wie dit de dichtstbij is, binnen de norm" />
    <alias field="residents_6_11_nearest" index="11" name="Inwoners 6-11 jaar voor wie dit de dichtstbij is" />
    <alias field="residents_6_11_nearest_within_norm" index="12" name="Inwoners 6-11 jaar voor wie dit de dichtstbij is, binnen de norm" />
    <alias field="residents_12_17_nearest" index="13" name="Inwoners 12-17 jaar voor wie dit de dichtstbij is" />
    <alias field="residents_12_17_nearest_within_norm" index="14" name="Inwoners 12-17 jaar voor wie dit de dichtstbij is, binnen de norm" />
    <alias field="residents_65plus_nearest" index="15" name="Inwoners 65+ voor wie dit de dichtstbij is" />
    <alias field="residents_65plus_nearest_within_norm" index="16" name="Inwoners 65+ voor wie dit de dichtstbij is, binnen de norm" />
    <alias field="norm" index="17" name="Norm" />
    <alias field="distance_type" index="18" name="Soort afstand (hemelsbreed, omrijfactor of netwerk)" />
    <alias field="age_split" index="19" name="Aanname leeftijdsverdeling" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="place_kind" />
    <default applyOnUpdate="0" expression="" field="source_fid" />
    <default applyOnUpdate="0" expression="" field="name" />
    <default applyOnUpdate="0" expression="" field="serves_0_5" />
    <default applyOnUpdate="0" expression="" field="serves_6_11" />
    <default applyOnUpdate="0" expression="" field="serves_12_17" />
    <default applyOnUpdate="0" expression="" field="serves_meeting" />
    <default applyOnUpdate="0" expression="" field="snapped" />
    <default applyOnUpdate="0" expression="" field="snap_distance" />
    <default applyOnUpdate="0" expression="" field="residents_0_5_nearest" />
    <default applyOnUpdate="0" expression="" field="residents_0_5_nearest_within_norm" />
    <default applyOnUpdate="0" expression="" field="residents_6_11_nearest" />
    <default applyOnUpdate="0" expression="" field="residents_6_11_nearest_within_norm" />
    <default applyOnUpdate="0" expression="" field="residents_12_17_nearest" />
    <default applyOnUpdate="0" expression="" field="residents_12_17_nearest_within_norm" />
    <default applyOnUpdate="0" expression="" field="residents_65plus_nearest" />
    <default applyOnUpdate="0" expression="" field="residents_65plus_nearest_within_norm" />
    <default applyOnUpdate="0" expression="" field="norm" />
    <default applyOnUpdate="0" expression="" field="distance_type" />
    <default applyOnUpdate="0" expression="" field="age_split" />
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="place_kind" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="source_fid" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="name" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="serves_0_5" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="serves_6_11" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="serves_12_17" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="serves_meeting" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="snapped" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="snap_distance" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_0_5_nearest" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_0_5_nearest_within_norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_6_11_nearest" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_6_11_nearest_within_norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_12_17_nearest" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_12_17_nearest_within_norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_65plus_nearest" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="residents_65plus_nearest_within_norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="norm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="distance_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="age_split" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="place_kind" />
    <constraint desc="" exp="" field="source_fid" />
    <constraint desc="" exp="" field="name" />
    <constraint desc="" exp="" field="serves_0_5" />
    <constraint desc="" exp="" field="serves_6_11" />
    <constraint desc="" exp="" field="serves_12_17" />
    <constraint desc="" exp="" field="serves_meeting" />
    <constraint desc="" exp="" field="snapped" />
    <constraint desc="" exp="" field="snap_distance" />
    <constraint desc="" exp="" field="residents_0_5_nearest" />
    <constraint desc="" exp="" field="residents_0_5_nearest_within_norm" />
    <constraint desc="" exp="" field="residents_6_11_nearest" />
    <constraint desc="" exp="" field="residents_6_11_nearest_within_norm" />
    <constraint desc="" exp="" field="residents_12_17_nearest" />
    <constraint desc="" exp="" field="residents_12_17_nearest_within_norm" />
    <constraint desc="" exp="" field="residents_65plus_nearest" />
    <constraint desc="" exp="" field="residents_65plus_nearest_within_norm" />
    <constraint desc="" exp="" field="norm" />
    <constraint desc="" exp="" field="distance_type" />
    <constraint desc="" exp="" field="age_split" />
  </constraintExpressions>
  <expressionfields />
  <previewExpression>coalesce("name", "place_kind", '')</previewExpression>
  <layerGeometryType>0</layerGeometryType>
</qgis>
