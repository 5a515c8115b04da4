<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" readOnly="0" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Rendering|Legend" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 attr="place_type" enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="categorizedSymbol">
    <categories>
      <category label="Speeltuin" render="true" symbol="0" value="speeltuin" />
      <category label="Speelplek" render="true" symbol="1" value="speelplek" />
      <category label="Natuurspeelplek" render="true" symbol="2" value="natuurspeelplek" />
      <category label="Trapveld" render="true" symbol="3" value="trapveld" />
      <category label="Skatebaan" render="true" symbol="4" value="skatebaan" />
      <category label="Pumptrack" render="true" symbol="5" value="pumptrack" />
      <category label="Cruyff Court" render="true" symbol="6" value="cruyff_court" />
      <category label="Schoolplein" render="true" symbol="7" value="schoolplein" />
      <category label="Overige speelplek" render="true" symbol="8" value="other" />
      <category label="Soort onbekend" render="true" symbol="9" value="" />
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
            <Option name="outline_color" type="QString" value="64,64,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
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
          <prop k="color" v="51,34,136,255" />
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
          <prop k="size" v="3" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
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
            <Option name="color" type="QString" value="136,204,238,255" />
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
            <Option name="size" type="QString" value="3" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="136,204,238,255" />
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
          <prop k="size" v="3" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
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
            <Option name="color" type="QString" value="17,119,51,255" />
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
            <Option name="size" type="QString" value="3" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="17,119,51,255" />
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
          <prop k="size" v="3" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
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
            <Option name="size" type="QString" value="3" />
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
          <prop k="size" v="3" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
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
            <Option name="color" type="QString" value="136,34,85,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="triangle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="64,64,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
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
          <prop k="color" v="136,34,85,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="triangle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="64,64,64,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
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
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="5" type="marker">
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
            <Option name="color" type="QString" value="170,68,153,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="triangle" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="64,64,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
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
          <prop k="color" v="170,68,153,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="triangle" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="64,64,64,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
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
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="6" type="marker">
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
            <Option name="color" type="QString" value="204,102,119,255" />
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
            <Option name="size" type="QString" value="3" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="204,102,119,255" />
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
          <prop k="size" v="3" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="7" type="marker">
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
            <Option name="color" type="QString" value="153,153,51,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="pentagon" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="64,64,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
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
          <prop k="color" v="153,153,51,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="pentagon" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="64,64,64,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
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
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="8" type="marker">
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
            <Option name="name" type="QString" value="diamond" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="64,64,64,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.2" />
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
          <prop k="color" v="68,170,153,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="diamond" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="64,64,64,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.2" />
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
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
                </Option>
              </Option>
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="9" type="marker">
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
            <Option name="size" type="QString" value="3" />
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
          <prop k="size" v="3" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
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
            <Option name="size" type="QString" value="3" />
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
          <prop k="size" v="3" />
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="size_unit" v="MM" />
          <prop k="vertical_anchor_point" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" type="bool" value="true" />
                  <Option name="field" type="QString" value="equipment_count" />
                  <Option name="transformer" type="Map">
                    <Option name="d" type="Map">
                      <Option name="exponent" type="double" value="0.5" />
                      <Option name="maxSize" type="double" value="4" />
                      <Option name="maxValue" type="double" value="20" />
                      <Option name="minSize" type="double" value="1.8" />
                      <Option name="minValue" type="double" value="1" />
                      <Option name="nullSize" type="double" value="2.2" />
                      <Option name="scaleType" type="int" value="1" />
                    </Option>
                    <Option name="t" type="int" value="1" />
                  </Option>
                  <Option name="type" type="int" value="2" />
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
    <data-defined-size-legend title="Aantal speeltoestellen" type="collapsed" valign="bottom">
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
        <class label="1" size="1" />
        <class label="5" size="5" />
        <class label="20 of meer" size="20" />
      </classes>
    </data-defined-size-legend>
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
    <field configurationFlags="None" name="name" />
    <field configurationFlags="None" name="place_type" />
    <field configurationFlags="None" name="age_0_5" />
    <field configurationFlags="None" name="age_6_11" />
    <field configurationFlags="None" name="age_12_17" />
    <field configurationFlags="None" name="equipment_count" />
    <field configurationFlags="None" name="surface_m2" />
    <field configurationFlags="None" name="condition" />
    <field configurationFlags="None" name="rating" />
    <field configurationFlags="None" name="accessible" />
    <field configurationFlags="None" name="last_inspection" />
    <field configurationFlags="None" name="source_id" />
    <field configurationFlags="None" name="x_rd" />
    <field configurationFlags="None" name="y_rd" />
  </fieldConfiguration>
  <aliases>
    <alias field="name" index="0" name="Naam" />
    <alias field="place_type" index="1" name="Soort speelplek" />
    <alias field="age_0_5" index="2" name="0-5 jaar" />
    <alias field="age_6_11" index="3" name="6-11 jaar" />
    <alias field="age_12_17" index="4" name="12-17 jaar" />
    <alias field="equipment_count" index="5" name="Aantal toestellen" />
    <alias field="surface_m2" index="6" name="Oppervlakte (m²)" />
    <alias field="condition" index="7" name="Staat" />
    <alias field="rating" index="8" name="Rapportcijfer" />
    <alias field="accessible" index="9" name="Toegankelijk" />
    <alias field="last_inspection" index="10" name="Laatste inspectie" />
    <alias field="source_id" index="11" name="Bron-id" />
    <alias field="x_rd" index="12" name="X (RD)" />
    <alias field="y_rd" index="13" name="Y (RD)" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="name" />
    <default applyOnUpdate="0" expression="" field="place_type" />
    <default applyOnUpdate="0" expression="" field="age_0_5" />
    <default applyOnUpdate="0" expression="" field="age_6_11" />
    <default applyOnUpdate="0" expression="" field="age_12_17" />
    <default applyOnUpdate="0" expression="" field="equipment_count" />
    <default applyOnUpdate="0" expression="" field="surface_m2" />
    <default applyOnUpdate="0" expression="" field="condition" />
    <default applyOnUpdate="0" expression="" field="rating" />
    <default applyOnUpdate="0" expression="" field="accessible" />
    <default applyOnUpdate="0" expression="" field="last_inspection" />
    <default applyOnUpdate="0" expression="" field="source_id" />
    <default applyOnUpdate="0" expression="" field="x_rd" />
    <default applyOnUpdate="0" expression="" field="y_rd" />
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="name" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="place_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="age_0_5" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="age_6_11" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="age_12_17" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="equipment_count" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="surface_m2" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="condition" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="rating" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="accessible" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="last_inspection" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="source_id" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="x_rd" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="y_rd" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="name" />
    <constraint desc="" exp="" field="place_type" />
    <constraint desc="" exp="" field="age_0_5" />
    <constraint desc="" exp="" field="age_6_11" />
    <constraint desc="" exp="" field="age_12_17" />
    <constraint desc="" exp="" field="equipment_count" />
    <constraint desc="" exp="" field="surface_m2" />
    <constraint desc="" exp="" field="condition" />
    <constraint desc="" exp="" field="rating" />
    <constraint desc="" exp="" field="accessible" />
    <constraint desc="" exp="" field="last_inspection" />
    <constraint desc="" exp="" field="source_id" />
    <constraint desc="" exp="" field="x_rd" />
    <constraint desc="" exp="" field="y_rd" />
  </constraintExpressions>
  <expressionfields />
  <previewExpression>coalesce("name", "place_type", '')</previewExpression>
  <layerGeometryType>0</layerGeometryType>
</qgis>
