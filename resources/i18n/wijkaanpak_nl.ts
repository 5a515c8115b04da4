<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AmbitionScoresAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="376"/>
        <source>Ambition scores</source>
        <translation>Ambitiescores</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="338"/>
        <source>Areas (wijken or buurten)</source>
        <translation>Gebieden (wijken of buurten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="350"/>
        <source>Area code field</source>
        <translation>Veld met gebiedscode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="353"/>
        <source>Field with the code of each area (WKxxxxxx, BUxxxxxxxx, or your own).</source>
        <translation>Veld met de code van elk gebied (WKxxxxxx, BUxxxxxxxx of een eigen code).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="355"/>
        <source>JSON file with ambitions, indicators, weights, normalisations and targets; empty or the default: the shipped five ambitions (resources/config/indicators_default.json).</source>
        <translation>JSON-bestand met ambities, indicatoren, gewichten, normalisaties en doelen; leeg of de standaardwaarde: de meegeleverde vijf ambities (resources/config/indicators_default.json).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="365"/>
        <source>Expression selecting the areas that set the scale (means, spreads, ranks), e.g. &quot;gemeentecode&quot; = &apos;GM0106&apos;. Empty: all areas.</source>
        <translation>Expressie die de gebieden kiest die de schaal bepalen (gemiddelden, spreiding, rangen), bijv. &quot;gemeentecode&quot; = 'GM0106'. Leeg: alle gebieden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="379"/>
        <source>The areas with indicator, ambition and total scores, need and drivers.</source>
        <translation>De gebieden met scores per indicator, per ambitie en in totaal, de opgave en de oorzaken daarvan.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="381"/>
        <source>Number of areas scored</source>
        <translation>Aantal gebieden met een score</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="407"/>
        <source>Reference: {}</source>
        <translation>Referentie: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="315"/>
        <source>Scores every area on the indicators and ambitions of an indicator definition file (JSON; the default holds five ambitions: ontmoeten, meedoen, opgroeien, verduurzamen, wonen). Another municipality edits the file, not the code.

In: area polygons with figures (CBS key figures, RIVM loneliness, reach outputs, the loneliness risk index), the code field and the definition file. Optionally an expression choosing the reference areas, e.g. &quot;gemeentecode&quot; = &apos;GM0106&apos; in a national layer; by default all areas are the reference.
Out: the areas with per indicator its value and score (0 to 1, 1 = best), per ambition a score, the total score, need (1 - total) and the three indicators that push the area&apos;s need up most (need_driver_1..3).

Method: each indicator is normalised against the reference (z-score, min-max, percentile rank, or distance to a target such as the 3% play-space norm), then averaged (weighted arithmetic or geometric mean) into ambitions and a total. Indicators whose field is missing and marked optional are skipped with a warning; suppressed CBS/RIVM values (-99997, &apos;.&apos;) are missing, never numbers, and counted per field in the log. An ambition without any usable indicator stops the run unless &apos;Allow ambitions without data&apos; is ticked; the log and the fields indicators_used, ambitions_in_total and ambitions_missing say what each total rests on. The same file on the same data gives identical results.

</source>
        <translation>Geeft elk gebied een score op de indicatoren en ambities uit een indicatorbestand (JSON; standaard met vijf ambities: ontmoeten, meedoen, opgroeien, verduurzamen, wonen). Een andere gemeente past het bestand aan, niet de code.

Invoer: gebiedsvlakken met cijfers (CBS-kerncijfers, RIVM-eenzaamheid, uitvoer van de bereikanalyse, de risico-index eenzaamheid), het codeveld en het indicatorbestand. Optioneel een expressie die de referentiegebieden kiest, bijv. &quot;gemeentecode&quot; = 'GM0106' in een landelijke laag; standaard zijn alle gebieden de referentie.
Uitvoer: de gebieden met per indicator de waarde en de score (0 tot 1, 1 = best), per ambitie een score, de totaalscore, de opgave (1 - totaal) en de drie indicatoren die de opgave van het gebied het meest verhogen (need_driver_1..3).

Methode: elke indicator wordt genormaliseerd ten opzichte van de referentie (z-score, min-max, percentielrang of afstand tot een doel zoals de speelruimtenorm van 3%) en daarna gemiddeld (gewogen rekenkundig of meetkundig gemiddelde) tot ambities en een totaal. Indicatoren waarvan het veld ontbreekt en die als optioneel zijn gemarkeerd, worden overgeslagen met een waarschuwing; geheimgehouden CBS/RIVM-waarden (-99997, '.') tellen als ontbrekend, nooit als getal, en worden per veld geteld in het logboek. Een ambitie zonder enige bruikbare indicator stopt de uitvoering, tenzij 'Ambities zonder gegevens toestaan' is aangevinkt; het logboek en de velden indicators_used, ambitions_in_total en ambitions_missing zeggen waarop elk totaal berust. Hetzelfde bestand op dezelfde gegevens geeft altijd dezelfde uitkomst.

</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="341"/>
        <source>Area polygons with a code field (wijkcode or buurtcode) and the indicator fields, e.g. CBS wijken with imported figures and reach outputs; not grid cells. The dialog preselects such a project layer.</source>
        <translation>Gebiedsvlakken met een codeveld (wijkcode of buurtcode) en de indicatorvelden, bijv. CBS-wijken met geïmporteerde cijfers en uitvoer van de bereikanalyse; geen rastercellen. Het dialoogvenster kiest zo'n projectlaag vooraf.</translation>
    </message>
</context>
<context>
    <name>ApplyLonelinessModelAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="434"/>
        <source>Apply loneliness model</source>
        <translation>Eenzaamheidsmodel toepassen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="460"/>
        <source>Model file</source>
        <translation>Modelbestand</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="460"/>
        <source>Loneliness model (*.pkl *.json)</source>
        <translation>Eenzaamheidsmodel (*.pkl *.json)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="469"/>
        <source>A model written by &apos;Train loneliness model&apos; (the .pkl or the .json next to it). Only open models you trust.</source>
        <translation>Een model geschreven door 'Eenzaamheidsmodel trainen' (de .pkl of de .json ernaast). Open alleen modellen die u vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="476"/>
        <source>Areas or grid cells</source>
        <translation>Gebieden of rastercellen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="479"/>
        <source>A layer with the model&apos;s predictor fields.</source>
        <translation>Een laag met de voorspellers van het model.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="481"/>
        <source>Population field</source>
        <translation>Veld met aantal inwoners</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="488"/>
        <source>Residents per area (grid: per cell). Areas under the minimum population or with an unknown population get no estimate. Leave empty to switch the rule off deliberately (not in grid mode).</source>
        <translation>Inwoners per gebied (raster: per cel). Gebieden onder het minimum aantal inwoners of met een onbekend aantal inwoners krijgen geen schatting. Laat leeg om deze regel bewust uit te zetten (niet in rastermodus).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="496"/>
        <source>Minimum population</source>
        <translation>Minimum aantal inwoners</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="503"/>
        <source>Areas (grid mode: buurten) with fewer residents get no estimate.</source>
        <translation>Gebieden (rastermodus: buurten) met minder inwoners krijgen geen schatting.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="523"/>
        <source>Grid mode (cells consistent with buurt estimates)</source>
        <translation>Rastermodus (cellen in lijn met de buurtschattingen)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="526"/>
        <source>The layer is a CBS 100 m grid with a buurt code field: estimate buurten from the summed cell figures and spread them over the cells.</source>
        <translation>De laag is een CBS-raster van 100 m met een veld met buurtcode: schat de buurten uit de opgetelde celcijfers en verdeel de schatting over de cellen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="533"/>
        <source>Buurt code field (grid mode)</source>
        <translation>Veld met buurtcode (rastermodus)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="540"/>
        <source>Field of the grid cells with the code of their buurt.</source>
        <translation>Veld van de rastercellen met de code van hun buurt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="542"/>
        <source>Grid predictors (grid mode)</source>
        <translation>Voorspellers uit het raster (rastermodus)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="549"/>
        <source>How predictors that are not grid fields are computed, one per line: &apos;name = numerator / denominator * 100&apos; (a share: summed per buurt, then divided) or &apos;name = field&apos; (a resident-weighted mean). Predictors that are grid fields are averaged weighted by residents.</source>
        <translation>Hoe voorspellers die geen rasterveld zijn worden berekend, één per regel: 'naam = teller / noemer * 100' (een aandeel: per buurt opgeteld en dan gedeeld) of 'naam = veld' (een naar inwoners gewogen gemiddelde). Voorspellers die wel een rasterveld zijn, worden gemiddeld, gewogen naar inwoners.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="559"/>
        <source>Tolerance of the cell surface (percentage points)</source>
        <translation>Tolerantie van het celoppervlak (procentpunten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="566"/>
        <source>Largest allowed difference between the resident-weighted mean of a buurt&apos;s cells and the buurt estimate; the check is in the log and the buurt table.</source>
        <translation>Grootste toegestane verschil tussen het naar inwoners gewogen gemiddelde van de cellen van een buurt en de buurtschatting; de controle staat in het logboek en in de buurttabel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="575"/>
        <source>Loneliness estimates</source>
        <translation>Geschatte eenzaamheid</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="576"/>
        <source>The areas or cells with estimate, interval, flags, reasons and note.</source>
        <translation>De gebieden of cellen met schatting, interval, markeringen, redenen en toelichting.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="578"/>
        <source>Buurt estimates and check (grid mode)</source>
        <translation>Buurtschattingen en controle (rastermodus)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="585"/>
        <source>Table per buurt: summed figures, estimate, interval, and the weighted mean of its cells with the difference (within_tolerance).</source>
        <translation>Tabel per buurt: opgetelde cijfers, schatting, interval, en het gewogen gemiddelde van haar cellen met het verschil (within_tolerance).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="608"/>
        <source>Model {}: {} from {} ({}).</source>
        <translation>Model {}: {} uit {} ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="631"/>
        <source>Layer &apos;{}&apos;: {}</source>
        <translation>Laag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="646"/>
        <source>{} of {} estimates published; {} outside the training range.</source>
        <translation>{} van {} schattingen gepubliceerd; {} buiten het trainingsbereik.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="652"/>
        <source>{} area(s) have predictors outside the training range (out_of_range = 1): the model extrapolates there; read those estimates with care.</source>
        <translation>{} gebied(en) hebben voorspellers buiten het trainingsbereik (out_of_range = 1): daar extrapoleert het model; lees die schattingen met voorzichtigheid.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="675"/>
        <source>Grid mode: layer &apos;{}&apos; has no buurt code field &apos;{}&apos;.</source>
        <translation>Rastermodus: laag '{}' heeft geen veld met buurtcode '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="679"/>
        <source>Grid mode needs the residents field of layer &apos;{}&apos; (cells are weighted by residents).</source>
        <translation>Rastermodus heeft het inwonersveld van laag '{}' nodig (cellen worden gewogen naar inwoners).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="701"/>
        <source>Grid layer &apos;{}&apos;: {}</source>
        <translation>Rasterlaag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="705"/>
        <source>{} buurten, {} with an estimate; largest difference between a buurt estimate and the weighted mean of its cells: {:.6f} pp (tolerance {:g}).</source>
        <translation>{} buurten, {} met een schatting; grootste verschil tussen een buurtschatting en het gewogen gemiddelde van haar cellen: {:.6f} procentpunt (tolerantie {:g}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="714"/>
        <source>Some buurten&apos;s cells do not average to the buurt estimate within {:g} pp (values clipped to the model&apos;s bounds): see within_tolerance in the buurt table.</source>
        <translation>Bij sommige buurten wijkt het gemiddelde van de cellen meer dan {:g} procentpunt af van de buurtschatting (waarden afgekapt op de grenzen van het model): zie within_tolerance in de buurttabel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="437"/>
        <source>Estimates loneliness with a model made by &apos;Train loneliness model&apos;, for areas or 100 m grid cells where it is not measured.

In: the model file (.pkl or its .json) and a layer with the model&apos;s predictor fields and a population field.
Out: estimate, lower and upper (the model&apos;s interval, 90% by default), published (0 under the minimum population: then no estimate), out_of_range (a predictor outside the training range: the model extrapolates), explanation_up / explanation_down (the predictors that push the estimate up or down, in percentage points) and a note.

Grid mode (a grid layer with a buurt code field): cell figures are summed per buurt (shares as ratios of sums), the model estimates each buurt, and each cell gets the model value of its own figures shifted so that the resident-weighted mean of a buurt&apos;s cells equals the buurt estimate (checked within the tolerance). Predictors that are not grid fields are described as &apos;name = count / aantal_inwoners * 100&apos;. The interval and explanations of a cell are its buurt&apos;s; the buurt is the unit of the estimate. As for areas, a cell with fewer residents than the minimum (default 100) gets no published value of its own (published = 0, with the buurt estimate and a note); the surface and its check still cover every inhabited cell.

</source>
        <translation>Schat eenzaamheid met een model uit 'Eenzaamheidsmodel trainen', voor gebieden of rastercellen van 100 m waar zij niet gemeten is.

Invoer: het modelbestand (.pkl of de bijbehorende .json) en een laag met de voorspellers van het model en een veld met het aantal inwoners.
Uitvoer: estimate, lower en upper (het interval van het model, standaard 90%), published (0 onder het minimum aantal inwoners: dan geen schatting), out_of_range (een voorspeller buiten het trainingsbereik: het model extrapoleert), explanation_up / explanation_down (de voorspellers die de schatting omhoog of omlaag duwen, in procentpunten) en een toelichting.

Rastermodus (een rasterlaag met een veld met buurtcode): de cijfers van de cellen worden per buurt opgeteld (aandelen als verhouding van sommen), het model schat elke buurt, en elke cel krijgt de modelwaarde van haar eigen cijfers, zo verschoven dat het naar inwoners gewogen gemiddelde van de cellen van een buurt gelijk is aan de buurtschatting (gecontroleerd binnen de tolerantie). Voorspellers die geen rasterveld zijn, worden beschreven als 'naam = aantal / aantal_inwoners * 100'. Het interval en de verklaringen van een cel zijn die van haar buurt; de buurt is de eenheid van de schatting. Net als een gebied krijgt een cel met minder inwoners dan het minimum (standaard 100) geen eigen gepubliceerde waarde (published = 0, met de buurtschatting en een toelichting); het celoppervlak en de controle daarvan beslaan nog steeds elke bewoonde cel.

</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="506"/>
        <source>Minimum residents per grid cell (grid mode)</source>
        <translation>Minimum aantal inwoners per rastercel (rastermodus)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="513"/>
        <source>Grid mode: a cell with fewer residents gets no published value of its own, as an area would not (its buurt estimate is shown instead). 0 publishes every inhabited cell: only do so knowingly, a 100 m cell of a few households is not a unit the model can speak for.</source>
        <translation>Rastermodus: een cel met minder inwoners krijgt geen eigen gepubliceerde waarde, net zoals een gebied (in plaats daarvan wordt de schatting van haar buurt getoond). Met 0 wordt elke bewoonde cel gepubliceerd: doe dat alleen bewust, want over een cel van 100 m met een paar huishoudens kan het model geen uitspraak doen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="725"/>
        <source>{} inhabited cell(s) have fewer than {:g} residents: no cell value published there (published = 0); their buurt estimate is shown instead.</source>
        <translation>{} bewoonde cel(len) hebben minder dan {:g} inwoners: daar is geen celwaarde gepubliceerd (published = 0); in plaats daarvan wordt de schatting van hun buurt getoond.</translation>
    </message>
</context>
<context>
    <name>BestLocationsAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="97"/>
        <source>Best locations for k new places</source>
        <translation>Beste locaties voor k nieuwe plekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="100"/>
        <source>Where do the next k playgrounds or meeting places bring the most residents within the walking-distance norm?

In: population (CBS 100 m grid or address points) with the group to serve (an age group, or 65+ for meeting places), the existing places, candidate sites (a point layer, or a regular grid every so many metres inside the areas, optionally only inside a polygon layer such as public space), k, the norm, optionally a street network and a weight per area (e.g. the loneliness estimate).
Out: the k sites ranked, each with the residents it newly brings within the norm (given the sites ranked before it) and the cumulative share of the group within the norm; and per area the residents newly reached, share before and after.

Method: maximal coverage of the residents outside the norm today. A site reaches a resident within the norm (straight-line, or walking over the network as in the reach analysis). Greedy (lazy evaluation) picks the site with the largest gain, then the next given the first, and so on; it is proven to reach at least 63 % of the optimum and is usually within a few percent. Optimal solves the integer programme with HiGHS (SciPy 1.9 or newer) within a time limit and reports the optimality gap. The figures are a signal for conversation with residents, not a verdict on a neighbourhood.</source>
        <translation>Waar brengen de volgende k speelplekken of ontmoetingsplekken de meeste inwoners binnen de loopafstandsnorm?

Invoer: de bevolking (CBS-raster van 100 m of adrespunten) met de doelgroep (een leeftijdsgroep, of 65+ voor ontmoetingsplekken), de bestaande plekken, kandidaatlocaties (een puntlaag, of een regelmatig raster om de zoveel meter binnen de gebieden, optioneel alleen binnen een vlakkenlaag zoals openbare ruimte), k, de norm, optioneel een stratennetwerk en een gewicht per gebied (bijv. de geschatte eenzaamheid).
Uitvoer: de k locaties op volgorde, elk met de inwoners die ze nieuw binnen de norm brengt (gegeven de locaties die eerder in de rangorde staan) en het cumulatieve aandeel van de doelgroep binnen de norm; en per gebied de nieuw bereikte inwoners en het aandeel ervoor en erna.

Methode: maximale dekking van de inwoners die nu buiten de norm wonen. Een locatie bereikt een inwoner binnen de norm (hemelsbreed, of lopend over het netwerk zoals in de bereikanalyse). Gulzig (lazy evaluation) kiest de locatie met de grootste winst, dan de volgende gegeven de eerste, enzovoort; bewezen is dat dit minstens 63 % van het optimum haalt, en meestal zit het er maar een paar procent onder. Optimaal lost het geheeltallige programma op met HiGHS (SciPy 1.9 of nieuwer) binnen een tijdslimiet en meldt het optimaliteitsgat. De cijfers zijn een signaal voor het gesprek met bewoners, geen oordeel over een wijk.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="122"/>
        <source>Population (CBS grid, addresses)</source>
        <translation>Bevolking (CBS-raster, adressen)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="125"/>
        <source>Where residents live: points, or polygons measured from their centroid (the CBS 100 m grid). Their counts of the group to serve are read from the fields below.</source>
        <translation>Waar inwoners wonen: punten, of vlakken gemeten vanaf hun zwaartepunt (het CBS-raster van 100 m). Hun aantallen van de doelgroep worden uit de velden hieronder gelezen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="134"/>
        <source>Group to serve</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="134"/>
        <source>Children 0-5 (playgrounds)</source>
        <translation>Kinderen 0-5 (speelplekken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="134"/>
        <source>Children 6-11 (playgrounds)</source>
        <translation>Kinderen 6-11 (speelplekken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="134"/>
        <source>Young people 12-17 (playgrounds)</source>
        <translation>Jongeren 12-17 (speelplekken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="134"/>
        <source>Residents 65+ (meeting places)</source>
        <translation>Inwoners 65+ (ontmoetingsplekken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="145"/>
        <source>The residents the new places are for. An age group is measured to the existing playgrounds that serve it (fields age_0_5, age_6_11, age_12_17), 65+ to the existing meeting places, each against its norm.</source>
        <translation>De inwoners voor wie de nieuwe plekken zijn. Een leeftijdsgroep wordt gemeten tot de bestaande speelplekken die geschikt zijn voor die groep (velden age_0_5, age_6_11, age_12_17), 65+ tot de bestaande ontmoetingsplekken, elk tegen de eigen norm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="153"/>
        <source>Residents of the group (field)</source>
        <translation>Inwoners van de doelgroep (veld)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="161"/>
        <source>A field with the number of residents of the group per feature. Empty: for 65+ the CBS grid field aantal_inwoners_65_jaar_en_ouder, for an age group a split of the CBS bands 0-14 and 15-24 (see the reach analysis). Suppressed CBS values count as the value below.</source>
        <translation>Een veld met het aantal inwoners van de doelgroep per object. Leeg: voor 65+ het veld aantal_inwoners_65_jaar_en_ouder van het CBS-raster, voor een leeftijdsgroep een verdeling van de CBS-klassen 0-14 en 15-24 (zie de bereikanalyse). Geheimgehouden CBS-waarden tellen als de waarde hieronder.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="170"/>
        <source>CBS band 0-14 (field)</source>
        <translation>CBS-klasse 0-14 (veld)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="170"/>
        <source>CBS band 15-24 (field)</source>
        <translation>CBS-klasse 15-24 (veld)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="182"/>
        <source>Used when no field of the group is given: the CBS grid&apos;s band, split into age groups as the reach analysis does.</source>
        <translation>Gebruikt als er geen veld van de doelgroep is opgegeven: de klasse uit het CBS-raster, verdeeld over leeftijdsgroepen zoals de bereikanalyse dat doet.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="190"/>
        <source>Residents in a suppressed CBS cell</source>
        <translation>Inwoners in een geheimgehouden CBS-cel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="197"/>
        <source>CBS hides small counts (-99997 etc.); such a count is taken as this many residents: 2.5 is the middle of 0-5, 0 a lower bound.</source>
        <translation>Het CBS houdt kleine aantallen geheim (-99997 enz.); zo'n aantal telt als dit aantal inwoners: 2,5 is het midden van 0-5, 0 een ondergrens.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="206"/>
        <source>Existing places (playgrounds or meeting places)</source>
        <translation>Bestaande plekken (speelplekken of ontmoetingsplekken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="212"/>
        <source>The places there are today; residents within the norm of a suitable one are served already and not counted as gain. Playgrounds serve the age groups in their age_* fields; for 65+ give the meeting places. Empty: nobody is served today.</source>
        <translation>De plekken die er nu zijn; inwoners binnen de norm van een geschikte plek worden al bediend en tellen niet als winst. Speelplekken zijn geschikt voor de leeftijdsgroepen in hun velden age_*; geef voor 65+ de ontmoetingsplekken op. Leeg: nu wordt niemand bediend.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="222"/>
        <source>An existing playground with unknown age groups</source>
        <translation>Een bestaande speelplek met onbekende leeftijdsgroepen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="222"/>
        <source>serves all age groups</source>
        <translation>is geschikt voor alle leeftijdsgroepen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="222"/>
        <source>serves no age group</source>
        <translation>is geschikt voor geen enkele leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="228"/>
        <source>What an empty (or missing) age field of an existing playground means. BGT play equipment has no age groups: &apos;serves all&apos; counts every playground.</source>
        <translation>Wat een leeg (of ontbrekend) leeftijdsveld van een bestaande speelplek betekent. BGT-speeltoestellen hebben geen leeftijdsgroepen: 'is geschikt voor alle' telt elke speelplek mee.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="236"/>
        <source>Candidate sites (points)</source>
        <translation>Kandidaatlocaties (punten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="242"/>
        <source>Where a new place could go, e.g. municipal plots. Empty: a regular grid every &apos;grid spacing&apos; metres inside the areas.</source>
        <translation>Waar een nieuwe plek zou kunnen komen, bijv. gemeentelijke percelen. Leeg: een regelmatig raster om de 'rasterafstand' meter binnen de gebieden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="249"/>
        <source>Areas (wijken, buurten)</source>
        <translation>Gebieden (wijken, buurten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="255"/>
        <source>Needed for a grid of candidates (the grid is laid inside them), for the residents newly reached per area and for weights per area.</source>
        <translation>Nodig voor een raster van kandidaatlocaties (het raster wordt erbinnen gelegd), voor de nieuw bereikte inwoners per gebied en voor gewichten per gebied.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="263"/>
        <source>Area code field</source>
        <translation>Veld met gebiedscode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="271"/>
        <source>A code per area (e.g. wijkcode), each area its own; needed with areas.</source>
        <translation>Een code per gebied (bijv. wijkcode), voor elk gebied een eigen code; nodig bij gebieden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="273"/>
        <source>Weight per area (field, e.g. loneliness estimate)</source>
        <translation>Gewicht per gebied (veld, bijv. geschatte eenzaamheid)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="281"/>
        <source>Optional: a number per area; a resident counts with the weight of the area they live in (e.g. the share lonely), so sites in areas with a higher weight are preferred. Suppressed or empty values, and residents outside every area, get the mean weight of the other areas (listed in the log).</source>
        <translation>Optioneel: een getal per gebied; een inwoner telt mee met het gewicht van het gebied waarin hij of zij woont (bijv. het aandeel eenzamen), zodat locaties in gebieden met een hoger gewicht de voorkeur krijgen. Geheimgehouden of lege waarden, en inwoners buiten elk gebied, krijgen het gemiddelde gewicht van de overige gebieden (vermeld in het logboek).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="290"/>
        <source>Grid spacing of candidate sites (m)</source>
        <translation>Rasterafstand van kandidaatlocaties (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="297"/>
        <source>Without a candidate layer: a candidate site every this many metres inside the areas (points aligned to multiples of the spacing in RD New).</source>
        <translation>Zonder laag met kandidaten: om de zoveel meter een kandidaatlocatie binnen de gebieden (punten op veelvouden van de rasterafstand in RD New).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="305"/>
        <source>Only within (e.g. public space)</source>
        <translation>Alleen binnen (bijv. openbare ruimte)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="311"/>
        <source>Optional polygons (public space, municipal land, green): only candidate sites inside one of them are considered.</source>
        <translation>Optionele vlakken (openbare ruimte, gemeentegrond, groen): alleen kandidaatlocaties binnen een van die vlakken worden overwogen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="318"/>
        <source>Number of new places (k)</source>
        <translation>Aantal nieuwe plekken (k)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="325"/>
        <source>How many new places to choose.</source>
        <translation>Hoeveel nieuwe plekken er gekozen worden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="327"/>
        <source>Norm (maximum walking distance)</source>
        <translation>Norm (maximale loopafstand)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="327"/>
        <source>Midden-Drenthe 2011 play policy (NL)</source>
        <translation>Speelruimtebeleid Midden-Drenthe 2011 (NL)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="327"/>
        <source>Fields in Trust (UK)</source>
        <translation>Fields in Trust (VK)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="327"/>
        <source>User-defined distance (below)</source>
        <translation>Eigen afstand (hieronder)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="337"/>
        <source>The norm of the group to serve in the chosen profile: a resident farther from every suitable place is outside the norm.</source>
        <translation>De norm van de doelgroep in het gekozen profiel: een inwoner die verder van elke geschikte plek woont, valt buiten de norm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="344"/>
        <source>User-defined distance (m)</source>
        <translation>Eigen afstand (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="351"/>
        <source>The norm in metres; used only with the user-defined norm.</source>
        <translation>De norm in meters; alleen gebruikt bij de eigen norm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="355"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="355"/>
        <source>Greedy (fast)</source>
        <translation>Gulzig (snel)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="355"/>
        <source>Optimal (integer programme, HiGHS)</source>
        <translation>Optimaal (geheeltallig programma, HiGHS)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="361"/>
        <source>Greedy: site by site, each the largest gain given the ones before (seconds). Optimal: the best set of k sites, proven within the time limit (needs SciPy 1.9 or newer); the log and OPTIMALITY_GAP say how close it is proven to be.</source>
        <translation>Gulzig: locatie voor locatie, elke keer de grootste winst gegeven de eerdere (seconden). Optimaal: de beste set van k locaties, bewezen binnen de tijdslimiet (vraagt SciPy 1.9 of nieuwer); het logboek en OPTIMALITY_GAP zeggen hoe dicht bij het optimum dat bewezen is.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="369"/>
        <source>Time limit of the optimal method (s)</source>
        <translation>Tijdslimiet van de optimale methode (s)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="376"/>
        <source>After this many seconds the optimal method stops with the best set found (never worse than greedy) and reports its gap to the proven bound.</source>
        <translation>Na zoveel seconden stopt de optimale methode met de beste gevonden set (nooit slechter dan gulzig) en meldt ze het gat tot de bewezen grens.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="821"/>
        <source>Best locations</source>
        <translation>Beste locaties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="389"/>
        <source>The chosen sites in rank order: rank, gain (residents newly within the norm, given the sites ranked before), gain_weighted, cumulative, share_after (share of the group within the norm after this site), reach_alone (residents outside the norm it reaches on its own), candidate_fid, label, group, norm_m, distance_type, method.</source>
        <translation>De gekozen locaties in volgorde van rang: rank, gain (inwoners die nieuw binnen de norm komen, gegeven de locaties die eerder in de rangorde staan), gain_weighted, cumulative, share_after (aandeel van de doelgroep binnen de norm na deze locatie), reach_alone (inwoners buiten de norm die de locatie op zichzelf bereikt), candidate_fid, label, group, norm_m, distance_type, method.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="399"/>
        <source>Residents newly reached per area</source>
        <translation>Nieuw bereikte inwoners per gebied</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="406"/>
        <source>Per area (needs areas): residents of the group, within the norm today, newly reached, and the share within the norm before and after.</source>
        <translation>Per gebied (vraagt gebieden): inwoners van de doelgroep, nu binnen de norm, nieuw bereikt, en het aandeel binnen de norm ervoor en erna.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="413"/>
        <source>Sites chosen</source>
        <translation>Gekozen locaties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="413"/>
        <source>Candidate sites considered</source>
        <translation>Overwogen kandidaatlocaties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="413"/>
        <source>Residents of the group outside the norm today</source>
        <translation>Inwoners van de doelgroep die nu buiten de norm wonen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="413"/>
        <source>Residents newly within the norm</source>
        <translation>Inwoners die nieuw binnen de norm komen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="413"/>
        <source>Share of the group within the norm today</source>
        <translation>Aandeel van de doelgroep nu binnen de norm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="413"/>
        <source>Share of the group within the norm with the new sites</source>
        <translation>Aandeel van de doelgroep binnen de norm met de nieuwe locaties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="413"/>
        <source>Optimality gap (optimal method; 0 = proven optimum)</source>
        <translation>Optimaliteitsgat (optimale methode; 0 = bewezen optimum)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="413"/>
        <source>Greedy coverage as share of the proven bound</source>
        <translation>Dekking van de gulzige methode als aandeel van de bewezen grens</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="424"/>
        <source>How the method ended</source>
        <translation>Hoe de methode is geëindigd</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="431"/>
        <source>Parameter K (number of new places) must be 1 or more, got {}.</source>
        <translation>Parameter K (aantal nieuwe plekken) moet 1 of meer zijn, maar is {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="437"/>
        <source>Give candidate sites (CANDIDATES), or areas (AREAS) to lay a grid of candidate sites in.</source>
        <translation>Geef kandidaatlocaties op (CANDIDATES), of gebieden (AREAS) om een raster van kandidaatlocaties in te leggen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="446"/>
        <source>A weight field (WEIGHT_FIELD) needs the areas layer (AREAS).</source>
        <translation>Een gewichtsveld (WEIGHT_FIELD) vraagt de gebiedslaag (AREAS).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="455"/>
        <source>The optimal method needs SciPy 1.9 or newer (scipy.optimize.milp); this QGIS has SciPy {}. Choose the greedy method, or update SciPy.</source>
        <translation>De optimale methode vraagt SciPy 1.9 of nieuwer (scipy.optimize.milp); deze QGIS heeft SciPy {}. Kies de gulzige methode, of werk SciPy bij.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="464"/>
        <source>User-defined norm: parameter USER_DISTANCE must be more than 0 m, got {}.</source>
        <translation>Eigen norm: parameter USER_DISTANCE moet groter zijn dan 0 m, maar is {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="495"/>
        <source>Population layer &apos;{}&apos;: no field with residents {}. Choose the field of the group (COUNT_FIELD), or give the CBS bands 0-14 and 15-24.</source>
        <translation>Bevolkingslaag '{}': geen veld met inwoners {}. Kies het veld van de doelgroep (COUNT_FIELD), of geef de CBS-klassen 0-14 en 15-24 op.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="519"/>
        <source>Population layer &apos;{}&apos;: {}</source>
        <translation>Bevolkingslaag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="523"/>
        <source>Population layer &apos;{}&apos;: the residents {} cannot be counted from the fields given ({}). {}</source>
        <translation>Bevolkingslaag '{}': de inwoners {} kunnen niet worden geteld uit de opgegeven velden ({}). {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="532"/>
        <source>{} population features have a suppressed or empty count; each counts as {:g} residents.</source>
        <translation>{} bevolkingsobjecten hebben een geheimgehouden of leeg aantal; elk telt als {:g} inwoners.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="538"/>
        <source>Residents {}: {}.</source>
        <translation>Inwoners {}: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="544"/>
        <source>No existing places given: nobody is served today.</source>
        <translation>Geen bestaande plekken opgegeven: nu wordt niemand bediend.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="547"/>
        <source>places</source>
        <translation>plekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="575"/>
        <source>Layer &apos;{}&apos;: {}</source>
        <translation>Laag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="576"/>
        <source>Existing places suitable for {}: {} of {}.</source>
        <translation>Bestaande plekken geschikt voor {}: {} van {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="589"/>
        <source>polygons</source>
        <translation>vlakken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="591"/>
        <source>Layer &apos;{}&apos; has no polygons with a geometry.</source>
        <translation>Laag '{}' heeft geen vlakken met een geometrie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="608"/>
        <source>Area layer &apos;{}&apos;: {}</source>
        <translation>Gebiedslaag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="616"/>
        <source>Area layer &apos;{}&apos;: area &apos;{}&apos; has a negative weight in field &apos;{}&apos;; weights must be 0 or more.</source>
        <translation>Gebiedslaag '{}': gebied '{}' heeft een negatief gewicht in veld '{}'; gewichten moeten 0 of meer zijn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="624"/>
        <source>Area layer &apos;{}&apos;: field &apos;{}&apos; has no usable value in any area.</source>
        <translation>Gebiedslaag '{}': veld '{}' heeft in geen enkel gebied een bruikbare waarde.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="631"/>
        <source>Area layer &apos;{}&apos;: {} areas have no usable weight in field &apos;{}&apos; (suppressed or empty): they get the mean weight of the other areas, {:.3g} ({}).</source>
        <translation>Gebiedslaag '{}': {} gebieden hebben geen bruikbaar gewicht in veld '{}' (geheimgehouden of leeg): zij krijgen het gemiddelde gewicht van de overige gebieden, {:.3g} ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="657"/>
        <source>Group {}; norm {} m ({}); k = {}; method {}.</source>
        <translation>Doelgroep {}; norm {} m ({}); k = {}; methode {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="699"/>
        <source>{} population features lie in no area: they get the mean weight {:.3g}.</source>
        <translation>{} bevolkingsobjecten liggen in geen enkel gebied: zij krijgen het gemiddelde gewicht {:.3g}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="719"/>
        <source>candidate sites</source>
        <translation>kandidaatlocaties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="727"/>
        <source>Layer &apos;{}&apos; has no candidate site with a geometry (inside the &apos;only within&apos; polygons, if given).</source>
        <translation>Laag '{}' heeft geen kandidaatlocatie met een geometrie (binnen de vlakken van 'Alleen binnen', als die zijn opgegeven).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="737"/>
        <source>A grid every {:g} m inside the areas of &apos;{}&apos; (and the &apos;only within&apos; polygons) has no point: choose a smaller spacing.</source>
        <translation>Een raster om de {:g} m binnen de gebieden van '{}' (en de vlakken van 'Alleen binnen') bevat geen enkel punt: kies een kleinere rasterafstand.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="743"/>
        <source>Candidate sites: a grid every {:g} m, {} points.</source>
        <translation>Kandidaatlocaties: een raster om de {:g} m, {} punten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="844"/>
        <source>Newly reached per area</source>
        <translation>Nieuw bereikt per gebied</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="849"/>
        <source>No areas given: the output per area is not written.</source>
        <translation>Geen gebieden opgegeven: de uitvoer per gebied wordt niet geschreven.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="870"/>
        <source>Residents {} outside the norm today: {:.0f} of {:.0f} ({:.1%} within). Candidate sites: {} ({} reach someone outside the norm, after merging equal ones).</source>
        <translation>Inwoners {} nu buiten de norm: {:.0f} van {:.0f} ({:.1%} binnen). Kandidaatlocaties: {} ({} bereiken iemand buiten de norm, na samenvoegen van gelijke).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="887"/>
        <source>Site {}: +{:.1f} residents within the norm; cumulative share {:.1%}.</source>
        <translation>Locatie {}: +{:.1f} inwoners binnen de norm; cumulatief aandeel {:.1%}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/best_locations.py" line="895"/>
        <source>Optimal method: {} after {:.1f} s; objective {:.1f}, proven bound {}, gap {}; greedy reached {:.1f}.</source>
        <translation>Optimale methode: {} na {:.1f} s; doelfunctie {:.1f}, bewezen grens {}, gat {}; gulzig bereikte {:.1f}.</translation>
    </message>
</context>
<context>
    <name>CatchmentAreasAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="69"/>
        <source>Catchment areas (service areas) of places</source>
        <translation>Verzorgingsgebieden van plekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="100"/>
        <source>Places (playgrounds, meeting places)</source>
        <translation>Plekken (speelplekken, ontmoetingsplekken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="111"/>
        <source>Walking distance (m)</source>
        <translation>Loopafstand (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="118"/>
        <source>Maximum walking distance in metres, e.g. a norm: 100 (0-5), 400 (6-11), 1,000 (12-17).</source>
        <translation>Maximale loopafstand in meters, bijv. een norm: 100 (0-5), 400 (6-11), 1.000 (12-17).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="133"/>
        <source>Residents&apos; points (polygons: their centroid). With a network, a resident inside a polygon who lives farther than the distance is cut out of it.</source>
        <translation>Punten van inwoners (vlakken: hun zwaartepunt). Met een netwerk wordt een inwoner binnen een vlak die verder dan de afstand woont, eruit gesneden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="141"/>
        <source>Width around the reached network (m)</source>
        <translation>Breedte rond het bereikte netwerk (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="148"/>
        <source>With a network: the reached parts of the lines are buffered by this many metres to form the polygon (front doors lie a little off the footpath).</source>
        <translation>Met een netwerk: de bereikte delen van de lijnen krijgen een buffer van zoveel meter om het vlak te vormen (voordeuren liggen iets van het voetpad af).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="323"/>
        <source>Catchment areas</source>
        <translation>Verzorgingsgebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="175"/>
        <source>Polygons with the place&apos;s fields, distance and distance_type.</source>
        <translation>Vlakken met de velden van de plek, distance en distance_type.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="177"/>
        <source>Places</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="178"/>
        <source>Places too far from the network</source>
        <translation>Plekken te ver van het netwerk</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="199"/>
        <source>Parameter DISTANCE (walking distance) must be more than 0 m, got {}.</source>
        <translation>Parameter DISTANCE (loopafstand) moet groter zijn dan 0 m, maar is {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="212"/>
        <source>places</source>
        <translation>plekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="215"/>
        <source>Layer &apos;{}&apos; has no places with a geometry.</source>
        <translation>Laag '{}' heeft geen plekken met een geometrie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="226"/>
        <source>population features</source>
        <translation>bevolkingsobjecten</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="243"/>
        <source>Without a network the population is not needed: a circle of the walking distance contains nobody who lives farther away.</source>
        <translation>Zonder netwerk is de bevolking niet nodig: een cirkel met de loopafstand bevat niemand die verder weg woont.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="272"/>
        <source>Layer &apos;{}&apos;: {}</source>
        <translation>Laag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="280"/>
        <source>{} places lie farther than {} m from the network: they get no polygon (field snapped = 0).</source>
        <translation>{} plekken liggen verder dan {} m van het netwerk: zij krijgen geen vlak (veld snapped = 0).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="288"/>
        <source>{} residents&apos; points inside a buffer but farther than {} m were cut out of the polygons.</source>
        <translation>{} punten van inwoners binnen een buffer maar verder weg dan {} m zijn uit de vlakken gesneden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="103"/>
        <source>One catchment polygon is drawn per feature. A polygon place is measured from its boundary, not its centroid: everyone inside it is at 0 m.</source>
        <translation>Per object wordt één verzorgingsgebied getekend. Een vlakvormige plek wordt gemeten vanaf haar rand, niet vanaf haar zwaartepunt: iedereen erbinnen zit op 0 m.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="127"/>
        <source>Population (with a network)</source>
        <translation>Bevolking (bij een netwerk)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="72"/>
        <source>Draws per place the area from where it lies within a walking distance, so a planner sees which streets a playground or meeting place serves.

In: places (points or polygons; any CRS), a distance in metres, optionally a street/footpath network and a population layer.
Out: one polygon per place with the place's fields, distance and distance_type (and, with a network, snapped and cut_points).

Method: without a network, a circle of radius distance / detour factor (drawn just inside the true circle); a polygon place (park, playground area) grows by that radius from its boundary. With a network, the parts of the network within the distance (shortest paths from the place; a polygon place is reached where a path enters or touches it, or by a straight step to its boundary), buffered and joined with the polygon itself; every population point inside that buffer whose own walking distance (its snap leg included) is larger than the distance is cut out with a 1 m hole, so a polygon never contains a resident who lives farther away, unlike interpolated iso-areas. Places farther than the maximum snap distance from the network get no polygon (reported).

Closure impact (which place matters most?): with a population layer that has resident counts per age group (the CBS 100 m grid, or residents_0_5 … residents_65plus), every place also gets lost_if_closed_0_5, _6_11, _12_17 (playgrounds, by their age fields) or lost_if_closed_65plus (a meeting-place layer) and lost_if_closed_total: the residents who would fall outside the norm (CLOSURE_NORM) if that place closed, because among the layer's places it is the only one within the norm for them. Measured as the catchment is (network or straight line × detour factor).</source>
        <translation>Tekent per plek het gebied van waaruit die plek binnen een loopafstand ligt, zodat een planner ziet welke straten een speelplek of ontmoetingsplek bedient.

Invoer: plekken (punten of vlakken; elk CRS), een afstand in meters, optioneel een straten- en voetpadennetwerk en een bevolkingslaag.
Uitvoer: één vlak per plek met de velden van de plek, distance en distance_type (en met een netwerk ook snapped en cut_points).

Methode: zonder netwerk een cirkel met straal afstand / omwegfactor (net binnen de echte cirkel getekend); een vlakvormige plek (park, speelterrein) groeit vanaf haar rand met die straal. Met een netwerk de delen van het netwerk binnen de afstand (kortste routes vanaf de plek; een vlakvormige plek wordt bereikt waar een pad haar binnengaat of raakt, of met een rechte stap naar haar rand), met een buffer eromheen en samengevoegd met het vlak zelf; elk bevolkingspunt binnen die buffer waarvan de eigen loopafstand (inclusief het stuk naar het netwerk) groter is dan de afstand, wordt eruit gesneden met een gat van 1 m. Zo bevat een vlak nooit een inwoner die verder weg woont, anders dan bij geïnterpoleerde isochronen. Plekken die verder dan de maximale koppelafstand van het netwerk liggen, krijgen geen vlak (wordt gemeld).

Gevolgen van sluiting (welke plek is het belangrijkst?): met een bevolkingslaag met aantallen inwoners per leeftijdsgroep (het CBS-raster van 100 m, of residents_0_5 … residents_65plus) krijgt elke plek ook lost_if_closed_0_5, _6_11, _12_17 (speelplekken, volgens hun leeftijdsvelden) of lost_if_closed_65plus (een laag met ontmoetingsplekken) en lost_if_closed_total: de inwoners die buiten de norm (CLOSURE_NORM) zouden vallen als die plek zou sluiten, omdat zij van de plekken in de laag voor hen de enige binnen de norm is. Gemeten zoals het verzorgingsgebied (netwerk of hemelsbreed × omwegfactor).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="157"/>
        <source>Norm for the closure impact</source>
        <translation>Norm voor de gevolgen van sluiting</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="157"/>
        <source>Midden-Drenthe 2011 play policy (NL)</source>
        <translation>Speelruimtebeleid Midden-Drenthe 2011 (NL)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="157"/>
        <source>Fields in Trust (UK)</source>
        <translation>Fields in Trust (VK)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="163"/>
        <source>Used only with a population layer that has resident counts: the walking distance per age group (and to a meeting place) within which a resident counts as served, for the columns lost_if_closed_*.</source>
        <translation>Alleen gebruikt bij een bevolkingslaag met aantallen inwoners: de loopafstand per leeftijdsgroep (en tot een ontmoetingsplek) waarbinnen een inwoner als bediend telt, voor de kolommen lost_if_closed_*.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="354"/>
        <source>No closure impact: {}</source>
        <translation>Geen gevolgen van sluiting: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/catchment_areas.py" line="358"/>
        <source>Closure impact against the norm {}.</source>
        <translation>Gevolgen van sluiting gemeten tegen de norm {}.</translation>
    </message>
</context>
<context>
    <name>CompareMeasurementsAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="59"/>
        <source>Compare measurements (nulmeting and later)</source>
        <translation>Metingen vergelijken (nulmeting en later)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="88"/>
        <source>Baseline (nulmeting)</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="91"/>
        <source>The earlier measurement: a saved output of Ambition scores, an older CBS/RIVM vintage, or any table with the indicator fields and an area code.</source>
        <translation>De eerdere meting: bewaarde uitvoer van Ambitiescores, een oudere CBS/RIVM-jaargang, of een tabel met de indicatorvelden en een gebiedscode.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="98"/>
        <source>Baseline code field</source>
        <translation>Veld met code (nulmeting)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="101"/>
        <source>Field with the area code in the baseline.</source>
        <translation>Veld met de gebiedscode in de nulmeting.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="103"/>
        <source>Current areas</source>
        <translation>Huidige gebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="106"/>
        <source>The later measurement, as area polygons; the output has their shapes.</source>
        <translation>De latere meting, als gebiedsvlakken; de uitvoer krijgt hun vorm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="108"/>
        <source>Current code field</source>
        <translation>Veld met code (huidig)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="111"/>
        <source>Field with the area code in the current areas.</source>
        <translation>Veld met de gebiedscode in de huidige gebieden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="113"/>
        <source>JSON file with the indicators (and their margins or interval fields); adds the change per ambition and in the total score. Not used when fields to compare are chosen below. Empty: the shipped five ambitions.</source>
        <translation>JSON-bestand met de indicatoren (en hun marges of intervalvelden); voegt de verandering per ambitie en in de totaalscore toe. Wordt niet gebruikt als hieronder velden om te vergelijken zijn gekozen. Leeg: de meegeleverde vijf ambities.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="123"/>
        <source>Or: fields to compare (instead of the definition)</source>
        <translation>Of: velden om te vergelijken (in plaats van het indicatorbestand)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="132"/>
        <source>Numeric fields present in both layers, compared as they are (change = higher or lower). When any field is chosen the definition file is not used.</source>
        <translation>Numerieke velden die in beide lagen voorkomen en ongewijzigd worden vergeleken (verandering = hoger of lager). Zodra er een veld is gekozen, wordt het indicatorbestand niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="139"/>
        <source>Uncertainty of one measurement (+-, in the indicators&apos; units)</source>
        <translation>Onzekerheid van één meting (+-, in de eenheid van de indicatoren)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="147"/>
        <source>One margin for every compared indicator, e.g. 2 (percentage points) for RIVM loneliness figures. Empty: the definition&apos;s interval fields and margins.</source>
        <translation>Eén marge voor elke vergeleken indicator, bijv. 2 (procentpunten) voor de eenzaamheidscijfers van het RIVM. Leeg: de intervalvelden en marges uit het indicatorbestand.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="156"/>
        <source>Expression selecting the baseline areas that set the scale of the ambition scores, e.g. &quot;gemeentecode&quot; = &apos;GM0106&apos;. Empty: all baseline areas.</source>
        <translation>Expressie die de gebieden van de nulmeting kiest die de schaal van de ambitiescores bepalen, bijv. &quot;gemeentecode&quot; = 'GM0106'. Leeg: alle gebieden van de nulmeting.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="166"/>
        <source>Code translation table</source>
        <translation>Vertaaltabel voor codes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="172"/>
        <source>Table with an old and a new code per row, for areas renumbered between the years (e.g. CBS wijk codes after a municipal merger).</source>
        <translation>Tabel met per rij een oude en een nieuwe code, voor gebieden die tussen de jaren een andere code kregen (bijv. CBS-wijkcodes na een gemeentelijke herindeling).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="180"/>
        <source>Old code field (translation table)</source>
        <translation>Veld met oude code (vertaaltabel)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="187"/>
        <source>Field with the baseline&apos;s code in the translation table.</source>
        <translation>Veld met de code van de nulmeting in de vertaaltabel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="190"/>
        <source>New code field (translation table)</source>
        <translation>Veld met nieuwe code (vertaaltabel)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="197"/>
        <source>Field with the current code in the translation table.</source>
        <translation>Veld met de huidige code in de vertaaltabel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="200"/>
        <source>Changes since the baseline</source>
        <translation>Veranderingen sinds de nulmeting</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="203"/>
        <source>The current areas with change, uncertainty flag and trend.</source>
        <translation>De huidige gebieden met verandering, onzekerheidsmarkering en trend.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="205"/>
        <source>Codes in one measurement only</source>
        <translation>Codes in maar één meting</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="212"/>
        <source>Table of codes found in one layer only: code, side and reason.</source>
        <translation>Tabel met codes die maar in één laag voorkomen: code, kant en reden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="214"/>
        <source>Areas compared</source>
        <translation>Aantal vergeleken gebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="215"/>
        <source>Codes in one only</source>
        <translation>Aantal codes in maar één meting</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="234"/>
        <source>Comparing fields: {}</source>
        <translation>Vergeleken velden: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="237"/>
        <source>Indicator definition: {}</source>
        <translation>Indicatorbestand: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="239"/>
        <source>Reading the baseline…</source>
        <translation>Nulmeting inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="241"/>
        <source>Reading the current areas…</source>
        <translation>Huidige gebieden inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="250"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos;.</source>
        <translation>Laag '{}' heeft geen veld '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="256"/>
        <source>The reference expression is only used with an indicator definition; fields are compared as they are.</source>
        <translation>De referentie-expressie wordt alleen gebruikt met een indicatorbestand; velden worden ongewijzigd vergeleken.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="277"/>
        <source>Comparing &apos;{}&apos; (baseline) with &apos;{}&apos; (current): {}</source>
        <translation>Vergelijking van '{}' (nulmeting) met '{}' (huidig): {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="283"/>
        <source>{} of {} current areas compared.</source>
        <translation>{} van {} huidige gebieden vergeleken.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="287"/>
        <source>Code translated: {} → {}</source>
        <translation>Code vertaald: {} → {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="292"/>
        <source>{} ({}): {}</source>
        <translation>{} ({}): {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="294"/>
        <source>… and {} more; see the unmatched table.</source>
        <translation>… en nog {}; zie de tabel met codes in maar één meting.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="335"/>
        <source>Choose the old and the new code field of translation table &apos;{}&apos;.</source>
        <translation>Kies het veld met de oude en het veld met de nieuwe code van vertaaltabel '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="348"/>
        <source>Translation table &apos;{}&apos;: old code {} maps to several new codes ({}); a split area cannot be compared one to one. Keep one row per old code.</source>
        <translation>Vertaaltabel '{}': oude code {} verwijst naar meerdere nieuwe codes ({}); een gesplitst gebied kan niet één op één worden vergeleken. Houd één rij per oude code aan.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/compare_measurements.py" line="62"/>
        <source>Compares two measurements of the same indicators area by area: a saved baseline (nulmeting) and now, or two vintages such as RIVM 2016 and 2020.

In: the baseline layer or table and the current areas, each with its code field; the indicator definition file (JSON), or instead a list of fields to compare as they are; optionally a code translation table (old code, new code) for areas whose code changed between the years.
Out: the current areas with per indicator baseline_, current_, change_ (current - baseline, in the indicator's units), uncertainty_, within_uncertainty_ (true when the change is no larger than the combined uncertainty of the two measurements, empty when that is unknown) and trend_ (better or worse beyond the uncertainty, 'no clear change (within uncertainty)', 'unchanged', 'not measured both times'); with a definition also per ambition and for the total score, both scored on the baseline's scale. A second table lists the codes found in one measurement only, with the reason: nothing is dropped silently.

Uncertainty comes from the definition's interval fields or margins, or from the margin given here; the two errors are combined as sqrt(u1² + u2²). An unchanged value needs no uncertainty. An ambition or total is within the uncertainty when all its indicators are; '(uncertainty unknown: …)' names the indicators that changed without a known uncertainty. Suppressed CBS/RIVM values (-99997, '.') are missing, never numbers.

The result is a signal for conversation with residents, not a verdict on a neighbourhood.</source>
        <translation>Vergelijkt twee metingen van dezelfde indicatoren per gebied: een bewaarde nulmeting met nu, of twee jaargangen zoals RIVM 2016 en 2020.

Invoer: de laag of tabel van de nulmeting en de huidige gebieden, elk met hun codeveld; het indicatorbestand (JSON), of in plaats daarvan een lijst velden die ongewijzigd worden vergeleken; optioneel een vertaaltabel voor codes (oude code, nieuwe code) voor gebieden waarvan de code tussen de jaren is veranderd.
Uitvoer: de huidige gebieden met per indicator baseline_, current_, change_ (huidig - nulmeting, in de eenheid van de indicator), uncertainty_, within_uncertainty_ (waar als de verandering niet groter is dan de gecombineerde onzekerheid van de twee metingen, leeg als die onbekend is) en trend_ (better of worse als de verandering buiten de onzekerheid valt, 'no clear change (within uncertainty)', 'unchanged', 'not measured both times'); met een indicatorbestand ook per ambitie en voor de totaalscore, beide gescoord op de schaal van de nulmeting. Een tweede tabel noemt de codes die maar in één meting voorkomen, met de reden: er verdwijnt niets ongemerkt.

De onzekerheid komt uit de intervalvelden of marges van het indicatorbestand, of uit de marge die hier wordt opgegeven; de twee fouten worden gecombineerd als sqrt(u1² + u2²). Een ongewijzigde waarde heeft geen onzekerheid nodig. Een ambitie of totaal valt binnen de onzekerheid als al haar indicatoren dat doen; '(uncertainty unknown: …)' noemt de indicatoren die veranderd zijn zonder bekende onzekerheid. Geheimgehouden CBS/RIVM-waarden (-99997, '.') tellen als ontbrekend, nooit als getal.

De uitkomst is een signaal voor het gesprek met bewoners, geen oordeel over een wijk.</translation>
    </message>
</context>
<context>
    <name>ExportAtlasAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="56"/>
        <source>Export council atlas (PDF)</source>
        <translation>Raadsatlas exporteren (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="59"/>
        <source>Makes the council atlas (raadsatlas): a PDF for the gemeenteraad from the plugin&apos;s results.

In: the ranked areas (output of Rank areas), optionally other result layers with figures per area (Ambition scores, reach per area, loneliness), the playgrounds, meeting places and the gap layer of the reach algorithm.
Out: one PDF with a cover (title, municipality, date, data sources with year and licence, the walking-distance norm), an overview (map of need and the ranking table with rank interval and P(top 3), and the areas not ranked and why), one page per area (map with the area highlighted, playgrounds, meeting places and gaps; its figures beside the municipality&apos;s; the ambition chart; loneliness with its interval; reach per age group; a few sentences on what stands out, each quoting a number on the same page) and a closing page on method and limits. Or one PDF per area; optionally a PNG per page.

The pages come from layout templates (resources/layouts/*.qpt) you can edit in the layout designer. Areas under the minimum population show no figures about people, only why. A failed or cancelled export leaves no partial PDF.

The atlas is a signal for conversation with residents, not a verdict on a neighbourhood.</source>
        <translation>Maakt de raadsatlas: een PDF voor de gemeenteraad uit de uitkomsten van de plugin.

Invoer: de gerangschikte gebieden (uitvoer van Gebieden rangschikken), optioneel andere uitvoerlagen met cijfers per gebied (Ambitiescores, bereik per gebied, eenzaamheid), de speelplekken, ontmoetingsplekken en de laag met witte vlekken van het bereikalgoritme.
Uitvoer: één PDF met een voorblad (titel, gemeente, datum, gegevensbronnen met jaar en licentie, de loopafstandsnorm), een overzicht (kaart van de opgave en de tabel met de rangorde met ranginterval en P(top 3), en de gebieden zonder rang en waarom), één pagina per gebied (kaart met het gebied gemarkeerd, speelplekken, ontmoetingsplekken en witte vlekken; de cijfers naast die van de gemeente; de ambitiegrafiek; eenzaamheid met het interval; bereik per leeftijdsgroep; een paar zinnen over wat opvalt, elk met een getal dat op dezelfde pagina staat) en een slotpagina over methode en beperkingen. Of één PDF per gebied; optioneel een PNG per pagina.

De pagina's komen uit opmaaksjablonen (resources/layouts/*.qpt) die u in de opmaakontwerper kunt aanpassen. Gebieden onder het minimum aantal inwoners tonen geen cijfers over mensen, alleen waarom. Een mislukte of geannuleerde export laat geen halve PDF achter.

De atlas is een signaal voor het gesprek met bewoners, geen oordeel over een wijk.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="90"/>
        <source>Ranked areas</source>
        <translation>Gerangschikte gebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="93"/>
        <source>The output of Rank areas (wijken or buurten with rank, rank_p05, rank_p95, p_top3 and the figures it was ranked on). One atlas page per area.</source>
        <translation>De uitvoer van Gebieden rangschikken (wijken of buurten met rank, rank_p05, rank_p95, p_top3 en de cijfers waarop de rangorde berust). Eén atlaspagina per gebied.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="101"/>
        <source>Other layers with figures per area</source>
        <translation>Andere lagen met cijfers per gebied</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="107"/>
        <source>Result layers of the same areas, matched by wijkcode or buurtcode: Ambition scores (for the ambition chart), Playground and meeting-place reach per area (reach per age group), Measured loneliness or Apply loneliness model.</source>
        <translation>Uitvoerlagen van dezelfde gebieden, gekoppeld op wijkcode of buurtcode: Ambitiescores (voor de ambitiegrafiek), Bereik van speel- en ontmoetingsplekken per gebied (bereik per leeftijdsgroep), Gemeten eenzaamheid of Eenzaamheidsmodel toepassen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="115"/>
        <source>Playgrounds</source>
        <translation>Speelplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="115"/>
        <source>Playground inventory (Import inventory output), shown on the maps.</source>
        <translation>Inventarisatie van speelplekken (uitvoer van de import van de inventarisatie), getoond op de kaarten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="115"/>
        <source>Meeting places</source>
        <translation>Ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="115"/>
        <source>Meeting-place inventory (Import inventory output), shown on the maps.</source>
        <translation>Inventarisatie van ontmoetingsplekken (uitvoer van de import van de inventarisatie), getoond op de kaarten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="115"/>
        <source>Gaps in reach</source>
        <translation>Witte vlekken in het bereik</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="115"/>
        <source>The gap layer of Playground and meeting-place reach, shown on the maps.</source>
        <translation>De laag met witte vlekken van Bereik van speel- en ontmoetingsplekken, getoond op de kaarten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="137"/>
        <source>Indicator definition file (JSON)</source>
        <translation>Indicatorbestand (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="144"/>
        <source>The definition the scores were computed with: it names the ambitions in the chart and tables. Empty: the shipped five ambitions.</source>
        <translation>Het indicatorbestand waarmee de scores zijn berekend: het geeft de namen van de ambities in de grafiek en de tabellen. Leeg: de meegeleverde vijf ambities.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="151"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="153"/>
        <source>The name on the cover and beside each area&apos;s figures. Empty: the gemeentenaam of the areas.</source>
        <translation>De naam op het voorblad en naast de cijfers van elk gebied. Leeg: de gemeentenaam van de gebieden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="160"/>
        <source>Minimum population to show figures about people</source>
        <translation>Minimum aantal inwoners om cijfers over mensen te tonen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="167"/>
        <source>Areas with fewer residents (or an unknown number) show no figures about people, only why. Use the minimum of Rank areas.</source>
        <translation>Gebieden met minder inwoners (of een onbekend aantal) tonen geen cijfers over mensen, alleen waarom. Gebruik het minimum van Gebieden rangschikken.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="174"/>
        <source>Order of the area pages</source>
        <translation>Volgorde van de gebiedspagina's</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="174"/>
        <source>By rank (most need first)</source>
        <translation>Op rang (grootste opgave eerst)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="174"/>
        <source>By area code</source>
        <translation>Op gebiedscode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="178"/>
        <source>Rank order puts areas that are not ranked last, by code.</source>
        <translation>Bij de volgorde op rang komen gebieden zonder rang achteraan, op code.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="180"/>
        <source>One PDF per area</source>
        <translation>Eén PDF per gebied</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="181"/>
        <source>Instead of one PDF: a PDF per area page, named &lt;output name&gt;_&lt;area code&gt;.pdf, in the output&apos;s folder.</source>
        <translation>In plaats van één PDF: een PDF per gebiedspagina, met de naam &lt;uitvoernaam&gt;_&lt;gebiedscode&gt;.pdf, in de map van de uitvoer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="188"/>
        <source>Page orientation</source>
        <translation>Paginastand</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="188"/>
        <source>A4 portrait</source>
        <translation>A4 staand</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="188"/>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="192"/>
        <source>Both use the templates in resources/layouts.</source>
        <translation>Beide gebruiken de sjablonen in resources/layouts.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="194"/>
        <source>Language of the atlas</source>
        <translation>Taal van de atlas</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="198"/>
        <source>The language of every text in the PDF (not of the QGIS interface).</source>
        <translation>De taal van alle tekst in de PDF (niet van de QGIS-interface).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="200"/>
        <source>Also a PNG per page</source>
        <translation>Ook een PNG per pagina</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="201"/>
        <source>PNG images of every page in the folder &lt;output name&gt;_png.</source>
        <translation>PNG-afbeeldingen van elke pagina in de map &lt;uitvoernaam&gt;_png.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="203"/>
        <source>Year of the CBS areas and key figures</source>
        <translation>Jaar van de CBS-gebieden en kerncijfers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="203"/>
        <source>Shown on the cover with the source (e.g. 2024). Empty: read from the layer (jaarstatcode, or a year in its name) where it records one.</source>
        <translation>Staat op het voorblad bij de bron (bijv. 2024). Leeg: gelezen uit de laag (jaarstatcode, of een jaartal in de laagnaam) als die er een vermeldt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="203"/>
        <source>Year of the RIVM/GGD health figures</source>
        <translation>Jaar van de gezondheidscijfers van RIVM/GGD</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="203"/>
        <source>e.g. 2020. Empty: the vintage field of Measured loneliness.</source>
        <translation>bijv. 2020. Leeg: het jaargangveld van Gemeten eenzaamheid.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="203"/>
        <source>Year of the CBS 100 m grid</source>
        <translation>Jaar van het CBS-raster van 100 m</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="203"/>
        <source>The grid the reach was computed from (e.g. 2020).</source>
        <translation>Het raster waaruit het bereik is berekend (bijv. 2020).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="203"/>
        <source>Date of the playground and bench inventory</source>
        <translation>Datum van de inventarisatie van speelplekken en bankjes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="203"/>
        <source>e.g. &apos;August 2021&apos; for the BGT extract.</source>
        <translation>bijv. 'augustus 2021' voor het BGT-uittreksel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="218"/>
        <source>Atlas PDF</source>
        <translation>Atlas-PDF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="221"/>
        <source>The PDF. It is written to a temporary file beside it and moved into place only when the export succeeded.</source>
        <translation>De PDF. Die wordt eerst naar een tijdelijk bestand ernaast geschreven en pas op zijn plaats gezet als de export is gelukt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="228"/>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="229"/>
        <source>Area pages</source>
        <translation>Gebiedspagina's</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="230"/>
        <source>Files written</source>
        <translation>Geschreven bestanden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="243"/>
        <source>Choose a file name for the atlas PDF.</source>
        <translation>Kies een bestandsnaam voor de atlas-PDF.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="248"/>
        <source>The folder {} does not exist: choose another place for the atlas.</source>
        <translation>De map {} bestaat niet: kies een andere plaats voor de atlas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="281"/>
        <source>Area page {} of {}</source>
        <translation>Gebiedspagina {} van {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="283"/>
        <source>Reading the areas and their figures…</source>
        <translation>De gebieden en hun cijfers inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="288"/>
        <source>Wrote {} ({} pages, {} areas).</source>
        <translation>{} geschreven ({} pagina's, {} gebieden).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/export_atlas.py" line="296"/>
        <source>{} PNG pages in {}.</source>
        <translation>{} PNG-pagina's in {}.</translation>
    </message>
</context>
<context>
    <name>GapMapTool</name>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="178"/>
        <source>Why is this a gap? {}</source>
        <translation>Waarom een gat? {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="220"/>
        <source>Why is this a gap? Choose a playground layer first (and, if you have them, meeting places, a population layer and a street network).</source>
        <translation>Waarom een gat? Kies eerst een laag met speelplekken (en, als u die hebt, ontmoetingsplekken, een bevolkingslaag en een straten- en voetpadennetwerk).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="292"/>
        <source>0-5 years</source>
        <translation>0-5 jaar</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="293"/>
        <source>6-11 years</source>
        <translation>6-11 jaar</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="294"/>
        <source>12-17 years</source>
        <translation>12-17 jaar</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="295"/>
        <source>65+ years</source>
        <translation>65 jaar en ouder</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="300"/>
        <source>the clicked point</source>
        <translation>het aangeklikte punt</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="302"/>
        <source>the centre of population feature {}</source>
        <translation>het zwaartepunt van bevolkingsobject {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="304"/>
        <source>population feature {}</source>
        <translation>bevolkingsobject {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="306"/>
        <source>Measured from {} ({}); norm: {}.</source>
        <translation>Gemeten vanaf {} ({}); norm: {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="316"/>
        <source>Outside the norm for: {}.</source>
        <translation>Buiten de norm voor: {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="322"/>
        <source>Within the norm for every age group.</source>
        <translation>Binnen de norm voor elke leeftijdsgroep.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="327"/>
        <source>within the norm</source>
        <translation>binnen de norm</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="327"/>
        <source>outside the norm</source>
        <translation>buiten de norm</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="329"/>
        <source>meeting place</source>
        <translation>ontmoetingsplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="331"/>
        <source>playground</source>
        <translation>speelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="347"/>
        <source>{}: no {} in the layers serves this group (norm {:g} m) — {}</source>
        <translation>{}: geen {} in de lagen is geschikt voor deze groep (norm {:g} m) — {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="351"/>
        <source>{}: {:.0f} m from the network, farther than the {:g} m a point may be attached: not reached (norm {:g} m) — {}</source>
        <translation>{}: {:.0f} m van het netwerk, verder dan de {:g} m waarbinnen een punt aan het netwerk wordt gekoppeld: niet bereikt (norm {:g} m) — {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="361"/>
        <source>{}: no suitable {} can be reached over the network (norm {:g} m) — {}</source>
        <translation>{}: geen geschikte {} bereikbaar over het netwerk (norm {:g} m) — {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="335"/>
        <source>the nearest {}</source>
        <translation>de dichtstbijzijnde {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="337"/>
        <source>{} &apos;{}&apos;</source>
        <translation>{} '{}'</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="339"/>
        <source>{}: inside {} (norm {:g} m) — {}</source>
        <translation>{}: binnen {} (norm {:g} m) — {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/gap_tool.py" line="343"/>
        <source>{}: {:.0f} m to {} (norm {:g} m) — {}</source>
        <translation>{}: {:.0f} m naar {} (norm {:g} m) — {}</translation>
    </message>
</context>
<context>
    <name>ImportFiguresAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="59"/>
        <source>Import CBS/RIVM figures</source>
        <translation>CBS/RIVM-cijfers importeren</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="81"/>
        <source>Areas (gemeenten, wijken or buurten)</source>
        <translation>Gebieden (gemeenten, wijken of buurten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="86"/>
        <source>Polygons of the areas that receive the figures, e.g. CBS wijken 2024.</source>
        <translation>Vlakken van de gebieden die de cijfers krijgen, bijv. CBS-wijken 2024.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="89"/>
        <source>Area code field</source>
        <translation>Veld met gebiedscode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="92"/>
        <source>Field with the CBS code of each area: GMxxxx, WKxxxxxx or BUxxxxxxxx.</source>
        <translation>Veld met de CBS-code van elk gebied: GMxxxx, WKxxxxxx of BUxxxxxxxx.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="94"/>
        <source>Figures table (CBS or RIVM)</source>
        <translation>Tabel met cijfers (CBS of RIVM)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="97"/>
        <source>Table with one row per area code: a CSV, a GeoPackage table or any layer.</source>
        <translation>Tabel met één rij per gebiedscode: een CSV-bestand, een GeoPackage-tabel of een andere laag.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="102"/>
        <source>Code column in the figures</source>
        <translation>Codekolom in de cijfers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="108"/>
        <source>Column with the area code in the figures; RIVM uses &apos;Codering_3&apos;.</source>
        <translation>Kolom met de gebiedscode in de cijfers; het RIVM gebruikt 'Codering_3'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="110"/>
        <source>Filter on the figures</source>
        <translation>Filter op de cijfers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="113"/>
        <source>Optional expression keeping one row per code, e.g. &quot;leeftijdsgroep&quot; = &apos;18+&apos; for a RIVM table that holds both 18+ and 65+ rows.</source>
        <translation>Optionele expressie die één rij per code overhoudt, bijv. &quot;leeftijdsgroep&quot; = '18+' voor een RIVM-tabel met zowel rijen voor 18+ als voor 65+.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="120"/>
        <source>Columns to add</source>
        <translation>Kolommen om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="127"/>
        <source>Figure columns to add to the areas; each becomes a number field.</source>
        <translation>Kolommen met cijfers die aan de gebieden worden toegevoegd; elke kolom wordt een numeriek veld.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="129"/>
        <source>Prefix for new fields</source>
        <translation>Voorvoegsel voor nieuwe velden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="132"/>
        <source>Text put before each new field name, e.g. &apos;rivm18_&apos;.</source>
        <translation>Tekst die voor elke nieuwe veldnaam komt, bijv. 'rivm18_'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="134"/>
        <source>Area level of bare numeric codes</source>
        <translation>Gebiedsniveau van kale numerieke codes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="134"/>
        <source>Detect</source>
        <translation>Automatisch bepalen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="140"/>
        <source>Only needed when codes lost their letters and leading zeros (e.g. 10600 for WK010600) and the level cannot be detected.</source>
        <translation>Alleen nodig als codes hun letters en voorloopnullen kwijt zijn (bijv. 10600 voor WK010600) en het niveau niet automatisch te bepalen is.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="167"/>
        <source>Areas with figures</source>
        <translation>Gebieden met cijfers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="168"/>
        <source>The areas with the chosen figure columns added.</source>
        <translation>De gebieden met de gekozen kolommen met cijfers toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="170"/>
        <source>Unmatched codes</source>
        <translation>Niet-gekoppelde codes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="177"/>
        <source>Table of codes found on only one side of the join, with the side.</source>
        <translation>Tabel met codes die maar aan één kant van de koppeling voorkomen, met die kant.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="190"/>
        <source>Reading areas…</source>
        <translation>Gebieden inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="199"/>
        <source>Reading figures…</source>
        <translation>Cijfers inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="208"/>
        <source>The figures table &apos;{}&apos; has no rows (after the filter &apos;{}&apos;).</source>
        <translation>De tabel met cijfers '{}' heeft geen rijen (na het filter '{}').</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="224"/>
        <source>No area code of layer &apos;{}&apos; (field &apos;{}&apos;) matches a code in &apos;{}&apos; (column &apos;{}&apos;). Example area codes: {}; example figure codes: {}.</source>
        <translation>Geen enkele gebiedscode van laag '{}' (veld '{}') komt overeen met een code in '{}' (kolom '{}'). Voorbeelden van gebiedscodes: {}; voorbeelden van codes in de cijfers: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="62"/>
        <source>Joins key figures (CBS &apos;Kerncijfers wijken en buurten&apos;, RIVM/GGD &apos;Gezondheid per wijk en buurt&apos; table 50090NED, or any table with area codes) to area polygons by their code (GMxxxx, WKxxxxxx, BUxxxxxxxx).

In: an area layer with a code field, and a table (CSV, GeoPackage table, any layer) with a code column and the columns to add.
Out: the areas with the chosen columns added as numbers, and optionally a table of codes that did not match.

Suppressed values (&apos;.&apos;, &apos;x&apos;, &apos;?&apos;, empty, and CBS/RIVM sentinel codes such as -99997 or -99999999) become NULL, never numbers. A table with several rows per code (e.g. RIVM 18+ and 65+ rows) must be filtered to one row per code with the filter expression, e.g. &quot;leeftijdsgroep&quot; = &apos;18+&apos;. Codes that match nothing are listed in the log and in the unmatched table.

The year of the areas&apos; CBS figures is recorded in the field &apos;jaar&apos; (given, or read from the areas&apos; field jaarstatcode or jaar or a year in the layer&apos;s name, such as cbs_wijken_2024), so the wijkprofiel dock can name the vintage of every figure.</source>
        <translation>Koppelt kerncijfers (CBS 'Kerncijfers wijken en buurten', RIVM/GGD 'Gezondheid per wijk en buurt' tabel 50090NED, of een andere tabel met gebiedscodes) aan gebiedsvlakken op hun code (GMxxxx, WKxxxxxx, BUxxxxxxxx).

Invoer: een gebiedslaag met een codeveld, en een tabel (CSV, GeoPackage-tabel, elke laag) met een codekolom en de kolommen die erbij moeten.
Uitvoer: de gebieden met de gekozen kolommen toegevoegd als getallen, en optioneel een tabel met codes die niet gekoppeld konden worden.

Geheimgehouden waarden ('.', 'x', '?', leeg, en speciale CBS/RIVM-codes zoals -99997 of -99999999) worden NULL, nooit een getal. Een tabel met meerdere rijen per code (bijv. RIVM-rijen voor 18+ en 65+) moet met de filterexpressie worden teruggebracht tot één rij per code, bijv. &quot;leeftijdsgroep&quot; = '18+'. Codes zonder koppeling staan in het logboek en in de tabel met niet-gekoppelde codes.

Het jaar van de CBS-cijfers van de gebieden wordt vastgelegd in het veld 'jaar' (opgegeven, of gelezen uit het veld jaarstatcode of jaar van de gebieden of uit een jaartal in de laagnaam, zoals cbs_wijken_2024), zodat het paneel Wijkprofiel bij elk cijfer de jaargang kan noemen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="148"/>
        <source>Year of the areas&apos; CBS figures</source>
        <translation>Jaar van de CBS-cijfers van de gebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="156"/>
        <source>The year of the CBS key figures the areas carry, e.g. 2024 for CBS wijken 2024; written to the field &apos;jaar&apos; so the wijkprofiel dock and reports name it. Empty: read from the areas&apos; field jaarstatcode or jaar, else from a year in the layer&apos;s name (e.g. cbs_wijken_2024); the log says which, or that none was found.</source>
        <translation>Het jaar van de CBS-kerncijfers die de gebieden bevatten, bijv. 2024 voor CBS-wijken 2024; geschreven naar het veld 'jaar', zodat het paneel Wijkprofiel en rapporten het noemen. Leeg: gelezen uit het veld jaarstatcode of jaar van de gebieden, anders uit een jaartal in de laagnaam (bijv. cbs_wijken_2024); het logboek zegt welke, of dat er geen is gevonden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="218"/>
        <source>Areas &apos;{}&apos; (field &apos;{}&apos;), figures table &apos;{}&apos; (column &apos;{}&apos;): {}</source>
        <translation>Gebieden '{}' (veld '{}'), tabel met cijfers '{}' (kolom '{}'): {}</translation>
    </message>
</context>
<context>
    <name>ImportInventoryAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="118"/>
        <source>Import playground/meeting-place inventory</source>
        <translation>Inventarisatie speel- of ontmoetingsplekken importeren</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="146"/>
        <source>Source inventory</source>
        <translation>Bronbestand inventarisatie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="151"/>
        <source>Points or polygons of playgrounds, play equipment or meeting places.</source>
        <translation>Punten of vlakken van speelplekken, speeltoestellen of ontmoetingsplekken.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="154"/>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="154"/>
        <source>Playgrounds (speelplekken)</source>
        <translation>Speelplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="154"/>
        <source>Meeting places (ontmoetingsplekken)</source>
        <translation>Ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="160"/>
        <source>Which schema the output follows.</source>
        <translation>Welk schema de uitvoer volgt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="162"/>
        <source>Coded type field</source>
        <translation>Gecodeerd typeveld</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="175"/>
        <source>Value mapping (JSON)</source>
        <translation>Koppeltabel (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="191"/>
        <source>Identifier field</source>
        <translation>Veld met identificatie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="201"/>
        <source>Name field</source>
        <translation>Veld met naam</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="211"/>
        <source>Other fields (schema_field=source_field; …)</source>
        <translation>Overige velden (schemaveld=bronveld; …)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="225"/>
        <source>Group play equipment into playgrounds</source>
        <translation>Speeltoestellen groeperen tot speelplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="252"/>
        <source>Maximum gap between equipment of one playground (m)</source>
        <translation>Maximale afstand tussen toestellen van één speelplek (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="286"/>
        <source>Municipality or study area (for the outside check)</source>
        <translation>Gemeente of onderzoeksgebied (voor de controle op ligging erbuiten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="292"/>
        <source>Features farther than the buffer outside its extent are reported.</source>
        <translation>Objecten die verder dan de buffer buiten de begrenzing liggen, worden gemeld.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="294"/>
        <source>Allowed distance outside the area (m)</source>
        <translation>Toegestane afstand buiten het gebied (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="301"/>
        <source>Metres outside the study area&apos;s extent before a feature is reported.</source>
        <translation>Aantal meters buiten de begrenzing van het onderzoeksgebied voordat een object wordt gemeld.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="305"/>
        <source>Places</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="319"/>
        <source>Validation report</source>
        <translation>Validatierapport</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="322"/>
        <source>One row per finding: severity, check, source feature, field, value, message.</source>
        <translation>Eén rij per bevinding: ernst, controle, bronobject, veld, waarde, melding.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="487"/>
        <source>Layer &apos;{}&apos; has no features to import.</source>
        <translation>Laag '{}' heeft geen objecten om te importeren.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="498"/>
        <source>Layer &apos;{}&apos;: {}</source>
        <translation>Laag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="530"/>
        <source>Value mapping on &apos;{}&apos;: {} mapped, {} of the other kind, {} skipped, {} unmapped, {} empty.</source>
        <translation>Koppeltabel op '{}': {} gekoppeld, {} van de andere soort, {} overgeslagen, {} niet in de tabel, {} leeg.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="655"/>
        <source>Layer &apos;{}&apos;: no feature with a usable location and a mapped value.</source>
        <translation>Laag '{}': geen object met een bruikbare ligging en een gekoppelde waarde.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="165"/>
        <source>Field whose values the value mapping translates into place type and age groups (BGT: &apos;bgtplustype&apos;; BOR: &apos;toesteltype&apos; or &apos;categorie&apos;). Empty: the field the value mapping names (its &apos;source_field&apos;) if the layer has it; a layer without such a field needs place_type in &apos;Other fields&apos;, else the import stops before reading any feature.</source>
        <translation>Veld waarvan de koppeltabel de waarden vertaalt naar soort plek en leeftijdsgroepen (BGT: 'bgtplustype'; BOR: 'toesteltype' of 'categorie'). Leeg: het veld dat de koppeltabel noemt (haar 'source_field'), als de laag dat heeft; een laag zonder zo'n veld heeft place_type nodig in 'Overige velden', anders stopt de import voordat er een object wordt gelezen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="182"/>
        <source>Table of coded values → place type, age groups (docs/schema.md). Empty: the built-in tables resources/config/value_mapping_bgt.json (BGT) and value_mapping_bor.json (BOR): with a coded type field set, the one that knows most of its values; else the one whose field the layer has.</source>
        <translation>Tabel van gecodeerde waarden → soort plek, leeftijdsgroepen (docs/schema.md). Leeg: de meegeleverde tabellen resources/config/value_mapping_bgt.json (BGT) en value_mapping_bor.json (BOR): met een ingesteld gecodeerd typeveld de tabel die de meeste waarden ervan kent; anders de tabel waarvan de laag het veld heeft.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="194"/>
        <source>Source identifier kept as source_id (BGT: &apos;identificatie&apos;; BOR: the object number). Empty: the QGIS feature id.</source>
        <translation>Identificatie in de bron, bewaard als source_id (BGT: 'identificatie'; BOR: het objectnummer). Leeg: het object-id in QGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="204"/>
        <source>Field with the name residents know the place by. For grouped equipment the playground takes the group field&apos;s value, else its most common item name.</source>
        <translation>Veld met de naam waaronder inwoners de plek kennen. Bij gegroepeerde toestellen krijgt de speelplek de waarde uit het veld met de speelplek, anders de meest voorkomende naam van haar toestellen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="217"/>
        <source>Further fields, e.g. &apos;rating=rapportcijfer; condition=staat; surface_m2=opp&apos;. Schema fields are listed in docs/schema.md. Values mapped here win over the value mapping.</source>
        <translation>Verdere velden, bijv. 'rating=rapportcijfer; condition=staat; surface_m2=opp'. De schemavelden staan in docs/schema.md. Waarden die hier worden gekoppeld, gaan voor op de koppeltabel.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="228"/>
        <source>When the value mapping marks features as equipment (a BGT speelvoorziening, a BOR item), merge the items of one playground into one place.</source>
        <translation>Als de koppeltabel objecten als speeltoestel aanmerkt (een BGT-speelvoorziening, een BOR-toestel), voeg dan de toestellen van één speelplek samen tot één plek.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="235"/>
        <source>Playground field of the items</source>
        <translation>Veld met de speelplek van de toestellen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="242"/>
        <source>Field that says which playground each item belongs to (BOR: a playground name or number). Items with the same value (compared without case and extra spaces) form one playground however far apart they are, named after the value. The maximum gap applies only to items without a value; they never join a playground that has one, and those within the gap of one are reported.</source>
        <translation>Veld dat zegt bij welke speelplek elk toestel hoort (BOR: een naam of nummer van de speelplek). Toestellen met dezelfde waarde (vergeleken zonder onderscheid tussen hoofdletters en kleine letters en zonder extra spaties) vormen samen één speelplek, hoe ver ze ook uit elkaar liggen, genoemd naar die waarde. De maximale tussenafstand geldt alleen voor toestellen zonder waarde; die komen nooit bij een speelplek die wel een waarde heeft, en toestellen zonder waarde binnen de tussenafstand van zo'n speelplek worden gemeld.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="259"/>
        <source>Items at most this far apart (metres, measured in EPSG:28992) belong to the same playground, transitively. 25 m joins the items of a typical neighbourhood playground without merging playgrounds across a street block. With a playground field, only items without a value are grouped this way.</source>
        <translation>Toestellen die hooguit zo ver van elkaar liggen (meters, gemeten in EPSG:28992) horen bij dezelfde speelplek, ook via andere toestellen. Met 25 m komen de toestellen van een gewone buurtspeelplek samen, zonder speelplekken aan weerszijden van een bouwblok samen te voegen. Met een veld met de speelplek worden alleen toestellen zonder waarde op deze manier gegroepeerd.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="269"/>
        <source>Possible duplicates: same type within (m)</source>
        <translation>Mogelijke dubbelingen: zelfde soort binnen (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="276"/>
        <source>Two features of the same type (same coded value, or the same place type) at most this far apart (metres) are reported as possible duplicates, whatever their ids: an item entered twice gets a new id. They are still imported.</source>
        <translation>Twee objecten van dezelfde soort (dezelfde gecodeerde waarde, of dezelfde soort plek) die hooguit zo ver van elkaar liggen (meters), worden gemeld als mogelijke dubbeling, ongeacht hun id's: een toestel dat twee keer is ingevoerd, krijgt een nieuw id. Ze worden wel geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="326"/>
        <source>Value-mapping template (JSON)</source>
        <translation>Sjabloon voor de koppeltabel (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="326"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="333"/>
        <source>Writes a value mapping listing every distinct value of the coded type field with its number of features: values the mapping knows keep their entry, the others get empty targets to fill in. Use the filled-in file as value mapping. It is written also when the import then stops because no value is mapped.</source>
        <translation>Schrijft een koppeltabel met elke verschillende waarde van het gecodeerde typeveld en het aantal objecten ervan: waarden die de koppeltabel kent, houden hun regel, de andere krijgen lege doelen om in te vullen. Gebruik het ingevulde bestand als koppeltabel. Het bestand wordt ook geschreven als de import daarna stopt omdat geen enkele waarde gekoppeld is.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="354"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos; ({}, {}). Its fields are: {}.</source>
        <translation>Laag '{}' heeft geen veld '{}' ({}, {}). De velden zijn: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="362"/>
        <source>&apos;{}&apos; in &apos;Other fields&apos; ({}) is not a {} field; fields are: {}.</source>
        <translation>'{}' in 'Overige velden' ({}) is geen veld van het schema {}; de velden zijn: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="368"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos; (named in &apos;Other fields&apos;, {}). Its fields are: {}.</source>
        <translation>Laag '{}' heeft geen veld '{}' (genoemd in 'Overige velden', {}). De velden zijn: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="379"/>
        <source>Value mapping ({}): {}</source>
        <translation>Koppeltabel ({}): {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="409"/>
        <source>coded type field</source>
        <translation>gecodeerd typeveld</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="409"/>
        <source>identifier field</source>
        <translation>veld met identificatie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="409"/>
        <source>name field</source>
        <translation>veld met naam</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="409"/>
        <source>playground field</source>
        <translation>veld met de speelplek</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="436"/>
        <source>Coded type field not set: using &apos;{}&apos;, the field the value mapping {} is made for.</source>
        <translation>Gecodeerd typeveld niet ingesteld: '{}' wordt gebruikt, het veld waarvoor koppeltabel {} is gemaakt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="445"/>
        <source>Layer &apos;{}&apos;: no coded type field. Set &apos;Coded type field&apos; ({}) to the field that says what each feature is (BGT: bgtplustype; BOR: toesteltype or categorie), or map the place type in &apos;Other fields&apos; ({}: place_type=&lt;field&gt;). The value mapping looks for {}; the layer&apos;s fields are: {}.</source>
        <translation>Laag '{}': geen gecodeerd typeveld. Stel bij 'Gecodeerd typeveld' ({}) het veld in dat zegt wat elk object is (BGT: bgtplustype; BOR: toesteltype of categorie), of koppel het soort plek in 'Overige velden' ({}: place_type=&lt;veld&gt;). De koppeltabel zoekt naar {}; de velden van de laag zijn: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="461"/>
        <source>A value-mapping template ({}) lists the values of the coded type field: set &apos;Coded type field&apos; ({}).</source>
        <translation>Een sjabloon voor de koppeltabel ({}) somt de waarden van het gecodeerde typeveld op: stel 'Gecodeerd typeveld' ({}) in.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="468"/>
        <source>Playground field &apos;{}&apos; is not used: only play equipment imported as playgrounds with grouping on is grouped.</source>
        <translation>Veld met de speelplek '{}' wordt niet gebruikt: alleen speeltoestellen die als speelplekken worden geïmporteerd terwijl groeperen aanstaat, worden gegroepeerd.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="522"/>
        <source>Value mapping chosen for &apos;{}&apos;: {}.</source>
        <translation>Gekozen koppeltabel voor '{}': {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="544"/>
        <source>{} entries of the value mapping are not filled in yet.</source>
        <translation>{} regels van de koppeltabel zijn nog niet ingevuld.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="553"/>
        <source>Wrote a value-mapping template with {} values to {}.</source>
        <translation>Sjabloon voor de koppeltabel met {} waarden geschreven naar {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="562"/>
        <source>A template with these values was written to {}.</source>
        <translation>Een sjabloon met deze waarden is geschreven naar {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="562"/>
        <source>Write a template with these values to fill in ({}).</source>
        <translation>Schrijf een sjabloon met deze waarden om in te vullen ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="569"/>
        <source>No feature of layer &apos;{}&apos; has a value in field &apos;{}&apos; that the value mapping {} assigns to {}. Its {} distinct values: {}. {}</source>
        <translation>Geen object van laag '{}' heeft in veld '{}' een waarde die koppeltabel {} toekent aan {}. De {} verschillende waarden: {}. {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="584"/>
        <source>Values of &apos;{}&apos; not in the value mapping (left out): {}.</source>
        <translation>Waarden van '{}' die niet in de koppeltabel staan (weggelaten): {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="630"/>
        <source>Grouped {} equipment items into {} playgrounds ({}).</source>
        <translation>{} speeltoestellen gegroepeerd tot {} speelplekken ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="630"/>
        <source>by &apos;{}&apos;, else gap {} m</source>
        <translation>op '{}', anders tussenafstand {} m</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="630"/>
        <source>gap {} m</source>
        <translation>tussenafstand {} m</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="706"/>
        <source>Source fields kept: {}.</source>
        <translation>Bewaarde bronvelden: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="803"/>
        <source>Layer &apos;{}&apos;, feature {}{}: {}</source>
        <translation>Laag '{}', object {}{}: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="803"/>
        <source>, field &apos;{}&apos;</source>
        <translation>, veld '{}'</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="818"/>
        <source>
… and {} more (all in the log).</source>
        <translation>
… en nog {} (allemaal in het logboek).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="823"/>
        <source>The import found {} error(s); no layer was written:
{}{}</source>
        <translation>De import vond {} fout(en); er is geen laag geschreven:
{}{}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="121"/>
        <source>Brings any inventory of playgrounds (speelplekken) or meeting places (ontmoetingsplekken) into the Wijkaanpak schema (docs/schema.md), so the reach and ranking tools can use it.

In: a point or polygon layer in any CRS (BGT/IMGeo, a BOR export, a spreadsheet made into points). A value mapping (JSON, editable) translates a coded field such as BGT &apos;bgtplustype&apos; or BOR &apos;toesteltype&apos; into place type and age groups; the plugin ships one for BGT and one for BOR. Values not in the table are reported with their count, never guessed; a template listing every value can be written to fill in. Other fields are mapped with &apos;schema_field=source_field&apos; pairs; source fields without a place in the schema are kept with the prefix src_.
Play equipment (a BGT &apos;speelvoorziening&apos; or a BOR item is one piece, not a playground) is grouped into playgrounds: by a playground field where the export has one, else items within the maximum gap of each other, transitively. A playground is at its items&apos; centroid, named after the group value (else its most common item name), and serves an age group if any item does.

Out: the places in EPSG:28992 and a validation report listing unmapped values, possible duplicates (same type within the tolerance), grouping findings, points far outside the municipality and values outside the schema, each with the source feature id. An error (a used feature without a location or with invalid geometry, a required value missing) stops the import: nothing is written, and every error is listed in the log.</source>
        <translation>Zet elke inventarisatie van speelplekken of ontmoetingsplekken om naar het Wijkaanpak-schema (docs/schema.md), zodat de bereik- en rangschikkingstools ermee kunnen werken.

Invoer: een punt- of vlakkenlaag in elk CRS (BGT/IMGeo, een BOR-export, een spreadsheet omgezet naar punten). Een koppeltabel (JSON, aan te passen) vertaalt een gecodeerd veld zoals BGT 'bgtplustype' of BOR 'toesteltype' naar soort plek en leeftijdsgroepen; de plugin levert er een mee voor BGT en een voor BOR. Waarden die niet in de tabel staan, worden met hun aantal gemeld, nooit geraden; er kan een sjabloon met elke waarde worden geschreven om in te vullen. Andere velden worden gekoppeld met paren 'schemaveld=bronveld'; bronvelden zonder plaats in het schema blijven bewaard met het voorvoegsel src_.
Speeltoestellen (een BGT-'speelvoorziening' of een BOR-toestel is één toestel, geen speelplek) worden gegroepeerd tot speelplekken: op een veld met de speelplek als de export dat heeft, anders toestellen die binnen de maximale tussenafstand van elkaar liggen, ook via andere toestellen. Een speelplek ligt op het zwaartepunt van haar toestellen, krijgt de naam uit de groepswaarde (anders de meest voorkomende naam van haar toestellen) en is geschikt voor een leeftijdsgroep als een van haar toestellen dat is.

Uitvoer: de plekken in EPSG:28992 en een validatierapport met niet-gekoppelde waarden, mogelijke dubbelingen (zelfde soort binnen de tolerantie), bevindingen bij het groeperen, punten ver buiten de gemeente en waarden buiten het schema, elk met het object-id in de bron. Een fout (een gebruikt object zonder ligging of met een ongeldige geometrie, een ontbrekende verplichte waarde) stopt de import: er wordt niets geschreven, en elke fout staat in het logboek.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="308"/>
        <source>The places in the Wijkaanpak schema, in EPSG:28992, with x_rd, y_rd and the source fields that have no place in the schema (src_&lt;name&gt;; for a grouped playground the items' distinct values joined with ';'). 'Save to PostGIS Table…' makes a shared inventory (docs/postgis.md): a primary key, a spatial index, and for playgrounds every assessment field and 'version' (raised by each save of the assessment dock, so planners never overwrite each other).</source>
        <translation>De plekken in het Wijkaanpak-schema, in EPSG:28992, met x_rd, y_rd en de bronvelden die geen plaats in het schema hebben (src_&lt;naam&gt;; bij een gegroepeerde speelplek de verschillende waarden van haar toestellen, samengevoegd met ';'). 'Opslaan naar PostGIS-tabel…' maakt een gedeelde inventarisatie (docs/postgis.md): een primaire sleutel, een ruimtelijke index, en voor speelplekken elk beoordelingsveld en 'version' (opgehoogd bij elke keer opslaan in het paneel Beoordeling speelplek, zodat planners nooit elkaars werk overschrijven).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="764"/>
        <source>PostGIS table {}.{} already exists; the import does not overwrite it, because planners may have saved assessments in it. Choose a new table name, or remove the table in the database first if you mean to replace it. Nothing was written.</source>
        <translation>PostGIS-tabel {}.{} bestaat al; de import overschrijft haar niet, omdat planners er beoordelingen in kunnen hebben opgeslagen. Kies een nieuwe tabelnaam, of verwijder eerst de tabel in de database als u haar wilt vervangen. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="785"/>
        <source>PostGIS table {}.{}: primary key &apos;{}&apos;, spatial index on &apos;{}&apos;.</source>
        <translation>PostGIS-tabel {}.{}: primaire sleutel '{}', ruimtelijke index op '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="791"/>
        <source>PostGIS table {}.{} was written without a spatial index ({}); create it with: CREATE INDEX ON {}.{} USING GIST ({});</source>
        <translation>PostGIS-tabel {}.{} is zonder ruimtelijke index geschreven ({}); maak die aan met: CREATE INDEX ON {}.{} USING GIST ({});</translation>
    </message>
</context>
<context>
    <name>LayerIO</name>
    <message>
        <location filename="../../wijkaanpak_plugin/layer_io.py" line="74"/>
        <source>input layer</source>
        <translation>invoerlaag</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/layer_io.py" line="96"/>
        <source>Layer &apos;{}&apos; has no valid coordinate reference system. Set its CRS (e.g. EPSG:28992) and try again.</source>
        <translation>Laag '{}' heeft geen geldig coördinatenreferentiesysteem. Stel het CRS in (bijv. EPSG:28992) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/layer_io.py" line="170"/>
        <source>Layer &apos;{}&apos; has no field {}. Available fields: {}.</source>
        <translation>Laag '{}' heeft geen veld {}. Beschikbare velden: {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/layer_io.py" line="232"/>
        <source>The filter expression &apos;{}&apos; is not valid: {}</source>
        <translation>De filterexpressie '{}' is niet geldig: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/layer_io.py" line="1115"/>
        <source>Could not write to output {}.</source>
        <translation>Kan niet schrijven naar uitvoer {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/layer_io.py" line="111"/>
        <source>Layer &apos;{}&apos; has a geographic coordinate reference system ({}), but its coordinates (e.g. {:.0f}, {:.0f}) are not degrees: its CRS is missing or wrong (a GeoPackage saved without a CRS reads as &apos;Undefined geographic SRS&apos;). Set the layer&apos;s CRS (e.g. EPSG:28992) and try again.</source>
        <translation>Laag '{}' heeft een geografisch coördinatenreferentiesysteem ({}), maar de coördinaten (bijv. {:.0f}, {:.0f}) zijn geen graden: het CRS ontbreekt of is onjuist (een GeoPackage die zonder CRS is opgeslagen, wordt gelezen als 'Undefined geographic SRS'). Stel het CRS van de laag in (bijv. EPSG:28992) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/layer_io.py" line="147"/>
        <source>Layer &apos;{}&apos; says its coordinates are in {}, but they look like degrees (e.g. {:.4f}, {:.4f}), far outside the area that CRS covers. Set the layer&apos;s CRS to the one its coordinates are in (e.g. EPSG:4326 for longitude/latitude) and try again.</source>
        <translation>Laag '{}' zegt dat haar coördinaten in {} zijn, maar ze lijken op graden (bijv. {:.4f}, {:.4f}), ver buiten het gebied dat dat CRS beslaat. Zet het CRS van de laag op het CRS waarin haar coördinaten staan (bijv. EPSG:4326 voor lengte-/breedtegraad) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>LonelinessRiskIndexAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="188"/>
        <source>Loneliness risk index</source>
        <translation>Risico-index eenzaamheid</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="83"/>
        <source>Areas or grid cells</source>
        <translation>Gebieden of rastercellen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="88"/>
        <source>Buurten, wijken or CBS 100 m grid cells with CBS figures (or a code to take them from the grid below).</source>
        <translation>Buurten, wijken of CBS-rastercellen van 100 m met CBS-cijfers (of een code om ze uit het raster hieronder te halen).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="95"/>
        <source>Risk-index config (JSON)</source>
        <translation>Configuratie risico-index (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="103"/>
        <source>Factors, weights, directions and classes. Empty: the shipped config {}. Copy it to change the weights together with the GGD.</source>
        <translation>Factoren, gewichten, richtingen en klassen. Leeg: de meegeleverde configuratie {}. Kopieer die om de gewichten samen met de GGD aan te passen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="110"/>
        <source>Factors the layer lacks</source>
        <translation>Factoren die in de laag ontbreken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="110"/>
        <source>Skip them (listed in the log)</source>
        <translation>Overslaan (vermeld in het logboek)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="110"/>
        <source>Stop with an error</source>
        <translation>Stoppen met een foutmelding</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="116"/>
        <source>One config serves wijken, buurten and grid cells, which carry different figures. Skip leaves out factors none of whose columns the layer has.</source>
        <translation>Eén configuratie dient voor wijken, buurten en rastercellen, die verschillende cijfers hebben. Overslaan laat factoren weg waarvan de laag geen enkele kolom heeft.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="123"/>
        <source>Layer type</source>
        <translation>Soort laag</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="123"/>
        <source>Detect (equal squares = grid)</source>
        <translation>Automatisch bepalen (gelijke vierkanten = raster)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="123"/>
        <source>Areas (buurten, wijken)</source>
        <translation>Gebieden (buurten, wijken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="123"/>
        <source>Grid cells</source>
        <translation>Rastercellen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="133"/>
        <source>Grid cells have no density column: it is computed as residents / cell area (a 100 m cell: residents × 100 per km²) unless the layer has '{}'.</source>
        <translation>Rastercellen hebben geen kolom met dichtheid: die wordt berekend als inwoners / oppervlakte van de cel (een cel van 100 m: inwoners × 100 per km²), tenzij de laag '{}' heeft.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="141"/>
        <source>Residents field (grid)</source>
        <translation>Veld met aantal inwoners (raster)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="148"/>
        <source>Residents per grid cell, for the density and as weight when grid figures are summed per buurt.</source>
        <translation>Inwoners per rastercel, voor de dichtheid en als gewicht wanneer rastercijfers per buurt worden opgeteld.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="162"/>
        <source>CBS 100 m grid cells with a buurt code field, for areas without figures of their own: counts are summed per buurt code (suppressed cells left out of both parts of a share), percentages averaged weighted by residents.</source>
        <translation>CBS-rastercellen van 100 m met een veld met buurtcode, voor gebieden zonder eigen cijfers: aantallen worden per buurtcode opgeteld (geheimgehouden cellen tellen in geen van beide delen van een aandeel mee), percentages gemiddeld, gewogen naar inwoners.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="170"/>
        <source>Buurt code field of the grid</source>
        <translation>Veld met buurtcode in het raster</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="177"/>
        <source>Field of the grid cells with the code of the buurt they lie in.</source>
        <translation>Veld van de rastercellen met de code van de buurt waarin ze liggen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="179"/>
        <source>Code field of the areas (for grid figures)</source>
        <translation>Codeveld van de gebieden (voor rastercijfers)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="186"/>
        <source>Field of the areas with the same codes as the grid&apos;s code field.</source>
        <translation>Veld van de gebieden met dezelfde codes als het codeveld van het raster.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="189"/>
        <source>The areas with score, class, top factors, reasons and note.</source>
        <translation>De gebieden met score, klasse, belangrijkste factoren, redenen en toelichting.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="207"/>
        <source>grid code field</source>
        <translation>codeveld van het raster</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="207"/>
        <source>area code field</source>
        <translation>codeveld van de gebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="212"/>
        <source>Figures from the grid need the {} (layer &apos;{}&apos;).</source>
        <translation>Voor cijfers uit het raster is het {} nodig (laag '{}').</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="216"/>
        <source>Layer &apos;{}&apos; has no code field &apos;{}&apos;.</source>
        <translation>Laag '{}' heeft geen codeveld '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="222"/>
        <source>Grid layer &apos;{}&apos; has no buurt code field &apos;{}&apos;.</source>
        <translation>Rasterlaag '{}' heeft geen veld met buurtcode '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="226"/>
        <source>Grid layer &apos;{}&apos; has no residents field &apos;{}&apos;.</source>
        <translation>Rasterlaag '{}' heeft geen inwonersveld '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="237"/>
        <source>Grid layer &apos;{}&apos;: {}</source>
        <translation>Rasterlaag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="250"/>
        <source>No code in field &apos;{}&apos; of layer &apos;{}&apos; (e.g. {}) matches a code in field &apos;{}&apos; of grid layer &apos;{}&apos; (e.g. {}).</source>
        <translation>Geen enkele code in veld '{}' van laag '{}' (bijv. {}) komt overeen met een code in veld '{}' van rasterlaag '{}' (bijv. {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="263"/>
        <source>Grid &apos;{}&apos;: figures for {} of {} areas from {} cells.</source>
        <translation>Raster '{}': cijfers voor {} van {} gebieden uit {} cellen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="278"/>
        <source>Config: {} ({}).</source>
        <translation>Configuratie: {} ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="291"/>
        <source>Layer &apos;{}&apos; was given as grid cells, but its polygons are not all of one size.</source>
        <translation>Laag '{}' is opgegeven als rastercellen, maar de vlakken zijn niet allemaal even groot.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="299"/>
        <source>Layer &apos;{}&apos; looks like a grid but has no residents field &apos;{}&apos;: no density.</source>
        <translation>Laag '{}' lijkt een raster, maar heeft geen inwonersveld '{}': geen dichtheid.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="309"/>
        <source>Grid cells of {:g} m²: density '{}' = {} / {:g} km² added.</source>
        <translation>Rastercellen van {:g} m²: dichtheid '{}' = {} / {:g} km² toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="317"/>
        <source>Layer &apos;{}&apos;: {}</source>
        <translation>Laag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="321"/>
        <source>Factor &apos;{}&apos; from {}.</source>
        <translation>Factor '{}' uit {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="325"/>
        <source>Factors not in layer &apos;{}&apos;, left out: {}.</source>
        <translation>Factoren die niet in laag '{}' staan, weggelaten: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="331"/>
        <source>Too few risk factors known for a score.</source>
        <translation>Te weinig risicofactoren bekend voor een score.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="341"/>
        <source>{} of {} areas scored.</source>
        <translation>{} van {} gebieden hebben een score.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="156"/>
        <source>Take figures from grid cells</source>
        <translation>Cijfers uit rastercellen halen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_risk.py" line="61"/>
        <source>Scores every area (buurt, wijk or 100 m grid cell) on CBS risk factors for loneliness: one-person households, low income, benefits, migration background, residents 65+, rental housing, household size and density, with weights and directions from an editable JSON config (the shipped one when left empty).

Method: per factor a z-score over the areas of this layer (log scale for density); the score is the weighted mean of the signed z-scores of the factors an area has values for (0 = an average area of this layer, higher = more risk); an area needs values for at least the config's minimum share of the weight. Classes 1 (low) to 5 (high) by quintile, or fixed breaks from the config. Suppressed figures (-99997, '.') count as missing.

In: an area or grid layer with CBS figures. Grid cells get a density (residents per km², from the cell size). Areas without figures of their own (e.g. CBS buurten 2021 of Ermelo) can take them from the 100 m grid: give the grid layer and the buurt code fields; shares are then ratios of summed counts per buurt.
Out: the areas with risk_score, risk_class, risk_class_label, risk_factor_1..3 with their contributions, risk_reasons, per factor a field contribution_ + the factor's name, and a note. The index ranks areas within the layer; it is not a percentage of lonely residents.

</source>
        <translation>Geeft elk gebied (buurt, wijk of rastercel van 100 m) een score op risicofactoren voor eenzaamheid uit CBS-cijfers: eenpersoonshuishoudens, laag inkomen, uitkeringen, migratieachtergrond, inwoners van 65+, huurwoningen, huishoudensgrootte en dichtheid, met gewichten en richtingen uit een aan te passen JSON-configuratie (de meegeleverde als het veld leeg blijft).

Methode: per factor een z-score over de gebieden van deze laag (logaritmische schaal voor de dichtheid); de score is het gewogen gemiddelde van de z-scores, met hun richting, van de factoren waarvoor een gebied waarden heeft (0 = een gemiddeld gebied van deze laag, hoger = meer risico); een gebied heeft waarden nodig voor ten minste het minimale aandeel van het gewicht uit de configuratie. Klassen 1 (laag) tot 5 (hoog) per kwintiel, of vaste klassengrenzen uit de configuratie. Geheimgehouden cijfers (-99997, '.') tellen als ontbrekend.

Invoer: een gebieds- of rasterlaag met CBS-cijfers. Rastercellen krijgen een dichtheid (inwoners per km², uit de celgrootte). Gebieden zonder eigen cijfers (bijv. de CBS-buurten 2021 van Ermelo) kunnen ze uit het raster van 100 m halen: geef de rasterlaag en de velden met buurtcode op; aandelen zijn dan verhoudingen van per buurt opgetelde aantallen.
Uitvoer: de gebieden met risk_score, risk_class, risk_class_label, risk_factor_1..3 met hun bijdragen, risk_reasons, per factor een veld contribution_ + de naam van de factor, en een toelichting. De index rangschikt gebieden binnen de laag; het is geen percentage eenzame inwoners.

</translation>
    </message>
</context>
<context>
    <name>MeasuredLonelinessAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="130"/>
        <source>Measured loneliness (RIVM/GGD)</source>
        <translation>Gemeten eenzaamheid (RIVM/GGD)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="133"/>
        <source>Joins the loneliness figures of the GGD/RIVM health monitor (StatLine table 50090NED &apos;Gezondheid per wijk en buurt&apos;: Eenzaam, (Zeer) ernstig eenzaam, Emotioneel eenzaam, Sociaal eenzaam, in % of residents) to areas by their CBS code.

In: areas (gemeenten, wijken or buurten) with a code field; the RIVM table as a layer or as a CSV file (also .csv.gz) with 18+ rows, 65+ rows or both. A table without an age-group column (the national RIVM files) needs the age group it holds.
Out: the areas with eenzaam_18plus, ernstig_eenzaam_18plus, emotioneel_eenzaam_18plus, sociaal_eenzaam_18plus and the same for 65plus, the vintage (year of the figures), the source and a note per area.

Suppressed values (&apos;.&apos;, -99997) stay empty (NULL), never 0. Areas with fewer residents than the minimum population get no figures. The note says why a value is empty. Run it once with an 18+ table and once with a 65+ table on the output to fill both: the other age group&apos;s values are kept. Use areas of the year the figures were made for: codes can be reused for other areas later.

</source>
        <translation>Koppelt de eenzaamheidscijfers uit de Gezondheidsmonitor van GGD/RIVM (StatLine-tabel 50090NED 'Gezondheid per wijk en buurt': Eenzaam, (Zeer) ernstig eenzaam, Emotioneel eenzaam, Sociaal eenzaam, in % van de inwoners) aan gebieden op hun CBS-code.

Invoer: gebieden (gemeenten, wijken of buurten) met een codeveld; de RIVM-tabel als laag of als CSV-bestand (ook .csv.gz) met rijen voor 18+, voor 65+ of beide. Bij een tabel zonder kolom met leeftijdsgroep (de landelijke RIVM-bestanden) moet u opgeven welke leeftijdsgroep erin staat.
Uitvoer: de gebieden met eenzaam_18plus, ernstig_eenzaam_18plus, emotioneel_eenzaam_18plus, sociaal_eenzaam_18plus en dezelfde velden voor 65plus, de jaargang (het jaar van de cijfers), de bron en per gebied een toelichting.

Geheimgehouden waarden ('.', -99997) blijven leeg (NULL), nooit 0. Gebieden met minder inwoners dan het minimum aantal inwoners krijgen geen cijfers. De toelichting zegt waarom een waarde leeg is. Voer het algoritme één keer uit met een tabel voor 18+ en daarna op de uitvoer met een tabel voor 65+ om beide te vullen: de waarden van de andere leeftijdsgroep blijven behouden. Gebruik gebieden van het jaar waarvoor de cijfers zijn gemaakt: codes kunnen later voor andere gebieden worden hergebruikt.

</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="153"/>
        <source>Areas (gemeenten, wijken or buurten)</source>
        <translation>Gebieden (gemeenten, wijken of buurten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="156"/>
        <source>The areas that receive the figures, e.g. CBS wijken or buurten.</source>
        <translation>De gebieden die de cijfers krijgen, bijv. CBS-wijken of -buurten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="158"/>
        <source>Area code field</source>
        <translation>Veld met gebiedscode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="161"/>
        <source>Field with the CBS code of each area: GMxxxx, WKxxxxxx or BUxxxxxxxx.</source>
        <translation>Veld met de CBS-code van elk gebied: GMxxxx, WKxxxxxx of BUxxxxxxxx.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="163"/>
        <source>RIVM table (layer)</source>
        <translation>RIVM-tabel (laag)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="169"/>
        <source>The RIVM health-monitor table as a layer (GeoPackage table, CSV layer). Give this or the RIVM file.</source>
        <translation>De tabel uit de Gezondheidsmonitor van het RIVM als laag (GeoPackage-tabel, CSV-laag). Geef deze of het RIVM-bestand op.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="176"/>
        <source>RIVM table (CSV file)</source>
        <translation>RIVM-tabel (CSV-bestand)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="176"/>
        <source>CSV files (*.csv *.csv.gz *.txt)</source>
        <translation>CSV-bestanden (*.csv *.csv.gz *.txt)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="185"/>
        <source>The RIVM table as a CSV file, also gzip-compressed (.csv.gz) as RIVM&apos;s national files are; comma, semicolon or tab separated. Give this or the RIVM layer.</source>
        <translation>De RIVM-tabel als CSV-bestand, ook met gzip gecomprimeerd (.csv.gz) zoals de landelijke bestanden van het RIVM; gescheiden door komma, puntkomma of tab. Geef dit of de RIVM-laag op.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="192"/>
        <source>Code column in the RIVM table</source>
        <translation>Codekolom in de RIVM-tabel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="199"/>
        <source>Column with the area code; RIVM uses &apos;Codering_3&apos; (the default).</source>
        <translation>Kolom met de gebiedscode; het RIVM gebruikt 'Codering_3' (de standaard).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="201"/>
        <source>Age-group column in the RIVM table</source>
        <translation>Kolom met leeftijdsgroep in de RIVM-tabel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="208"/>
        <source>Column holding &apos;18+&apos; or &apos;65+&apos; per row. If the table has no such column, the StatLine code column &apos;Leeftijd&apos; (20300 = 18+, 80200 = 65+) is used, else the age group chosen below.</source>
        <translation>Kolom met per rij '18+' of '65+'. Heeft de tabel zo'n kolom niet, dan wordt de StatLine-codekolom 'Leeftijd' gebruikt (20300 = 18+, 80200 = 65+), en anders de leeftijdsgroep die hieronder is gekozen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="216"/>
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="216"/>
        <source>From the table (18+ and 65+ rows)</source>
        <translation>Uit de tabel (rijen voor 18+ en 65+)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="222"/>
        <source>For a table with an age-group column: keep both age groups or only one. For a table without one (the national RIVM files): the age group the table holds.</source>
        <translation>Bij een tabel met een kolom met leeftijdsgroep: beide leeftijdsgroepen houden of maar één. Bij een tabel zonder zo'n kolom (de landelijke RIVM-bestanden): de leeftijdsgroep die in de tabel staat.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="229"/>
        <source>Vintage (year of the figures)</source>
        <translation>Jaargang (jaar van de cijfers)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="237"/>
        <source>The health-monitor year to use (2020 in the shared data). A table with a year column (&apos;jaar&apos; or &apos;Perioden&apos;) is filtered to it; otherwise it is recorded as the vintage.</source>
        <translation>Het jaar van de Gezondheidsmonitor dat gebruikt wordt (2020 in de gedeelde gegevens). Een tabel met een kolom met jaar ('jaar' of 'Perioden') wordt daarop gefilterd; anders wordt het vastgelegd als jaargang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="245"/>
        <source>Population field</source>
        <translation>Veld met aantal inwoners</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="252"/>
        <source>Number of residents per area, for the minimum-population rule. Empty values keep RIVM&apos;s figures (RIVM withholds its own small-area estimates). Leave the field empty to switch the rule off.</source>
        <translation>Aantal inwoners per gebied, voor de regel van het minimum aantal inwoners. Bij lege waarden blijven de cijfers van het RIVM staan (het RIVM houdt zijn eigen schattingen voor kleine gebieden al achter). Laat het veld leeg om de regel uit te zetten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="261"/>
        <source>Minimum population</source>
        <translation>Minimum aantal inwoners</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="268"/>
        <source>Areas with fewer residents get no figures (NULL, with a note): a percentage of a handful of households can point at people.</source>
        <translation>Gebieden met minder inwoners krijgen geen cijfers (NULL, met een toelichting): een percentage van een handvol huishoudens kan naar personen wijzen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="276"/>
        <source>Measured loneliness</source>
        <translation>Gemeten eenzaamheid</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="277"/>
        <source>The areas with the eight loneliness fields, vintage, source and note.</source>
        <translation>De gebieden met de acht eenzaamheidsvelden, jaargang, bron en toelichting.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="301"/>
        <source>Give the RIVM table as a layer or as a file, not both.</source>
        <translation>Geef de RIVM-tabel op als laag of als bestand, niet allebei.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="305"/>
        <source>Give the RIVM table: a layer (RIVM_TABLE) or a CSV file (RIVM_FILE).</source>
        <translation>Geef de RIVM-tabel op: een laag (RIVM_TABLE) of een CSV-bestand (RIVM_FILE).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="318"/>
        <source>RIVM table &apos;{}&apos; has no code column &apos;{}&apos;. Its columns: {}.</source>
        <translation>RIVM-tabel '{}' heeft geen codekolom '{}'. De kolommen zijn: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="324"/>
        <source>RIVM table &apos;{}&apos; has no rows.</source>
        <translation>RIVM-tabel '{}' heeft geen rijen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="333"/>
        <source>Reading the RIVM table…</source>
        <translation>RIVM-tabel inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="341"/>
        <source>RIVM table &apos;{}&apos; has no age-group column (&apos;{}&apos; or &apos;Leeftijd&apos;). Choose the age group the table holds (18+ or 65+) under &apos;Age group&apos;.</source>
        <translation>RIVM-tabel '{}' heeft geen kolom met leeftijdsgroep ('{}' of 'Leeftijd'). Kies bij 'Leeftijdsgroep' welke leeftijdsgroep in de tabel staat (18+ of 65+).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="347"/>
        <source>RIVM table &apos;{}&apos; has no age-group column: all rows taken as {}.</source>
        <translation>RIVM-tabel '{}' heeft geen kolom met leeftijdsgroep: alle rijen gelden als {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="357"/>
        <source>RIVM table &apos;{}&apos;: {}</source>
        <translation>RIVM-tabel '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="361"/>
        <source>Reading the areas…</source>
        <translation>Gebieden inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="364"/>
        <source>Layer &apos;{}&apos; has no code field &apos;{}&apos;.</source>
        <translation>Laag '{}' heeft geen codeveld '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="380"/>
        <source>Layer &apos;{}&apos; (field &apos;{}&apos;) and RIVM table &apos;{}&apos; (column &apos;{}&apos;): {}</source>
        <translation>Laag '{}' (veld '{}') en RIVM-tabel '{}' (kolom '{}'): {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="392"/>
        <source>{} area(s) have no value in &apos;{}&apos;: their RIVM figures are kept as published (RIVM withholds its own estimates for small areas).</source>
        <translation>{} gebied(en) hebben geen waarde in '{}': hun RIVM-cijfers blijven zoals gepubliceerd (het RIVM houdt zijn eigen schattingen voor kleine gebieden al achter).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="398"/>
        <source>Vintage {}, age group(s) {}: {} of {} areas found their figures; {} withheld (fewer than {:g} residents).</source>
        <translation>Jaargang {}, leeftijdsgroep(en) {}: {} van {} gebieden hebben cijfers gekregen; {} achtergehouden (minder dan {:g} inwoners).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="412"/>
        <source>Area codes without RIVM figures (first {}): {}.</source>
        <translation>Gebiedscodes zonder RIVM-cijfers (eerste {}): {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="419"/>
        <source>{}: {} suppressed value(s) in the RIVM table (left empty).</source>
        <translation>{}: {} geheimgehouden waarde(n) in de RIVM-tabel (leeg gelaten).</translation>
    </message>
</context>
<context>
    <name>PlaygroundReachAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="128"/>
        <source>Playground and meeting-place reach</source>
        <translation>Bereik van speel- en ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="165"/>
        <source>Population (points or polygons)</source>
        <translation>Bevolking (punten of vlakken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="179"/>
        <source>Residents 0-5 field</source>
        <translation>Veld met inwoners 0-5</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="179"/>
        <source>Residents 6-11 field</source>
        <translation>Veld met inwoners 6-11</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="179"/>
        <source>Residents 12-17 field</source>
        <translation>Veld met inwoners 12-17</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="179"/>
        <source>Residents 65+ field</source>
        <translation>Veld met inwoners 65+</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="198"/>
        <source>Number of residents of this age group per population feature. Empty: taken from the CBS bands below where possible (65+: CBS grid field aantal_inwoners_65_jaar_en_ouder).</source>
        <translation>Aantal inwoners van deze leeftijdsgroep per bevolkingsobject. Leeg: waar mogelijk afgeleid uit de CBS-leeftijdsklassen hieronder (65+: veld aantal_inwoners_65_jaar_en_ouder van het CBS-raster).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="206"/>
        <source>CBS band 0-14 field</source>
        <translation>Veld met CBS-leeftijdsklasse 0-14</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="206"/>
        <source>CBS band 15-24 field</source>
        <translation>Veld met CBS-leeftijdsklasse 15-24</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="227"/>
        <source>CBS grid band, used only for age groups without a field of their own: 0-5 = 6/15 of 0-14, 6-11 = 6/15 of 0-14, 12-17 = 3/15 of 0-14 + 3/10 of 15-24 (equal numbers per year of age within a band).</source>
        <translation>Leeftijdsklasse van het CBS-raster, alleen gebruikt voor leeftijdsgroepen zonder eigen veld: 0-5 = 6/15 van 0-14, 6-11 = 6/15 van 0-14, 12-17 = 3/15 van 0-14 + 3/10 van 15-24 (even veel kinderen per leeftijdsjaar binnen een klasse).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="235"/>
        <source>Residents counted for a suppressed count</source>
        <translation>Aantal inwoners voor een geheimgehouden aantal</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="293"/>
        <source>Playgrounds (speelplekken)</source>
        <translation>Speelplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="309"/>
        <source>A playground with unknown age groups</source>
        <translation>Een speelplek met onbekende leeftijdsgroepen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="309"/>
        <source>serves all age groups</source>
        <translation>is geschikt voor alle leeftijdsgroepen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="309"/>
        <source>serves no age group</source>
        <translation>is voor geen enkele leeftijdsgroep geschikt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="315"/>
        <source>What an empty (or missing) age field means. BGT play equipment has no age groups: &apos;serves all&apos; counts every playground for every age.</source>
        <translation>Wat een leeg (of ontbrekend) leeftijdsveld betekent. BGT-speeltoestellen hebben geen leeftijdsgroepen: met 'geschikt voor alle leeftijdsgroepen' telt elke speelplek mee voor elke leeftijd.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="322"/>
        <source>Meeting places (ontmoetingsplekken)</source>
        <translation>Ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="336"/>
        <source>Areas (buurten or wijken polygons)</source>
        <translation>Gebieden (buurt- of wijkvlakken)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="349"/>
        <source>Area code field</source>
        <translation>Veld met gebiedscode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="356"/>
        <source>Field with each area&apos;s code (e.g. buurtcode BUxxxxxxxx).</source>
        <translation>Veld met de code van elk gebied (bijv. buurtcode BUxxxxxxxx).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="358"/>
        <source>Area code field on the population layer (when no area polygons)</source>
        <translation>Veld met gebiedscode op de bevolkingslaag (als er geen gebiedsvlakken zijn)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="365"/>
        <source>A code field on the population layer to aggregate by when no area polygons are given, e.g. the CBS grid&apos;s buurtcode or wijkcode. The area output then has no geometry.</source>
        <translation>Een codeveld op de bevolkingslaag om op samen te vatten als er geen gebiedsvlakken zijn opgegeven, bijv. buurtcode of wijkcode van het CBS-raster. De uitvoer per gebied heeft dan geen geometrie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="381"/>
        <source>Norm (maximum walking distance per age group)</source>
        <translation>Norm (maximale loopafstand per leeftijdsgroep)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="381"/>
        <source>Midden-Drenthe 2011 play policy (NL)</source>
        <translation>Speelruimtebeleid Midden-Drenthe 2011 (NL)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="381"/>
        <source>Fields in Trust (UK)</source>
        <translation>Fields in Trust (VK)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="381"/>
        <source>User-defined (advanced parameters below)</source>
        <translation>Eigen norm (geavanceerde parameters hieronder)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="393"/>
        <source>User-defined norm 0-5 (m)</source>
        <translation>Eigen norm 0-5 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="393"/>
        <source>User-defined norm 6-11 (m)</source>
        <translation>Eigen norm 6-11 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="393"/>
        <source>User-defined norm 12-17 (m)</source>
        <translation>Eigen norm 12-17 (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="393"/>
        <source>User-defined norm meeting place (m)</source>
        <translation>Eigen norm ontmoetingsplek (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="402"/>
        <source>Maximum walking distance in metres; used only with the user-defined norm. Must be more than 0.</source>
        <translation>Maximale loopafstand in meters; alleen gebruikt bij een eigen norm. Moet groter zijn dan 0.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="850"/>
        <source>Reach per population feature</source>
        <translation>Bereik per bevolkingsobject</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="887"/>
        <source>Reach per area</source>
        <translation>Bereik per gebied</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="877"/>
        <source>Catchment per place</source>
        <translation>Verzorgingsgebied per plek</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="413"/>
        <source>Gaps: populated points outside every norm</source>
        <translation>Witte vlekken: bewoonde punten buiten elke norm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="439"/>
        <source>Population features measured</source>
        <translation>Aantal gemeten bevolkingsobjecten</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="439"/>
        <source>Population features too far from the network</source>
        <translation>Bevolkingsobjecten te ver van het netwerk</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="439"/>
        <source>Share of residents 0-5 within the norm</source>
        <translation>Aandeel inwoners 0-5 binnen de norm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="439"/>
        <source>Share of residents 6-11 within the norm</source>
        <translation>Aandeel inwoners 6-11 binnen de norm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="439"/>
        <source>Share of residents 12-17 within the norm</source>
        <translation>Aandeel inwoners 12-17 binnen de norm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="439"/>
        <source>Share of residents 65+ within the meeting-place norm</source>
        <translation>Aandeel inwoners 65+ binnen de norm voor ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="478"/>
        <source>Per playground and meeting place: residents per group for whom it is the nearest suitable place (all, and within the norm).</source>
        <translation>Per speelplek en ontmoetingsplek: inwoners per groep voor wie dit de dichtstbijzijnde geschikte plek is (alle, en binnen de norm).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="482"/>
        <source>The population features with residents that are outside every norm that applies to them; same fields as the population output.</source>
        <translation>De bevolkingsobjecten met inwoners die buiten elke norm liggen die voor hen geldt; dezelfde velden als de bevolkingsuitvoer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="503"/>
        <source>User-defined norm: parameter {} (maximum walking distance for {}) must be more than 0 m, got {}.</source>
        <translation>Eigen norm: parameter {} (maximale loopafstand voor {}) moet groter zijn dan 0 m, maar is {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="522"/>
        <source>Population layer &apos;{}&apos; has no field &apos;{}&apos; (parameter {}).</source>
        <translation>Bevolkingslaag '{}' heeft geen veld '{}' (parameter {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="529"/>
        <source>Population layer &apos;{}&apos;: field &apos;{}&apos; (parameter {}) is not numeric; choose a field with numbers of residents.</source>
        <translation>Bevolkingslaag '{}': veld '{}' (parameter {}) is niet numeriek; kies een veld met aantallen inwoners.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="612"/>
        <source>Choose at least one output (population, areas, places or gaps).</source>
        <translation>Kies ten minste één uitvoer (bevolking, gebieden, plekken of witte vlekken).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="650"/>
        <source>Population layer &apos;{}&apos;: no resident count field. Choose a field for at least one age group (0-5, 6-11, 12-17, 65+) or the CBS bands 0-14 and 15-24.</source>
        <translation>Bevolkingslaag '{}': geen veld met aantal inwoners. Kies een veld voor ten minste één leeftijdsgroep (0-5, 6-11, 12-17, 65+) of de CBS-leeftijdsklassen 0-14 en 15-24.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="665"/>
        <source>Norm: {}</source>
        <translation>Norm: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="666"/>
        <source>Reading population…</source>
        <translation>Bevolking inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="743"/>
        <source>Population layer &apos;{}&apos;: {}</source>
        <translation>Bevolkingslaag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="761"/>
        <source>Residents {}: {}</source>
        <translation>Inwoners {}: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="782"/>
        <source>{} population features have suppressed or missing counts (CBS -99997, negative or empty); each such count is taken as {} residents. Per field: {}.</source>
        <translation>{} bevolkingsobjecten hebben geheimgehouden of ontbrekende aantallen (CBS -99997, negatief of leeg); elk zo'n aantal telt als {} inwoners. Per veld: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="693"/>
        <source>Reading places…</source>
        <translation>Plekken inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="730"/>
        <source>playgrounds</source>
        <translation>speelplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="730"/>
        <source>meeting places</source>
        <translation>ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="793"/>
        <source>Playgrounds with unknown age groups ({}): {}.</source>
        <translation>Speelplekken met onbekende leeftijdsgroepen ({}): {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="793"/>
        <source>counted as serving them</source>
        <translation>geteld als geschikt voor die leeftijden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="793"/>
        <source>counted as not serving them</source>
        <translation>geteld als niet geschikt voor die leeftijden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="621"/>
        <source>Measuring distances…</source>
        <translation>Afstanden meten…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="751"/>
        <source>Population &apos;{}&apos;, playgrounds &apos;{}&apos;: {}</source>
        <translation>Bevolking '{}', speelplekken '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="810"/>
        <source>Distance type: {}</source>
        <translation>Soort afstand: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="812"/>
        <source>Residents {} within {} of {:g} m: {:.1%}</source>
        <translation>Inwoners {} binnen {} van {:g} m: {:.1%}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="812"/>
        <source>the meeting-place norm</source>
        <translation>de norm voor ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="812"/>
        <source>the norm</source>
        <translation>de norm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="562"/>
        <source>The area output needs areas: give area polygons (AREAS) or an area code field on the population layer (POPULATION_AREA_FIELD).</source>
        <translation>De uitvoer per gebied heeft gebieden nodig: geef gebiedsvlakken op (AREAS) of een veld met gebiedscode op de bevolkingslaag (POPULATION_AREA_FIELD).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="568"/>
        <source>No areas given (AREAS or POPULATION_AREA_FIELD): no area output.</source>
        <translation>Geen gebieden opgegeven (AREAS of POPULATION_AREA_FIELD): geen uitvoer per gebied.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="862"/>
        <source>Reach gaps</source>
        <translation>Witte vlekken in het bereik</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="864"/>
        <source>{} populated features lie outside every norm that applies.</source>
        <translation>{} bewoonde objecten liggen buiten elke norm die voor hen geldt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="549"/>
        <source>Choose the area code field of layer &apos;{}&apos; (AREA_CODE_FIELD).</source>
        <translation>Kies het veld met gebiedscode van laag '{}' (AREA_CODE_FIELD).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="747"/>
        <source>No population feature of layer &apos;{}&apos; lies in an area of layer &apos;{}&apos;. Do both layers cover the same place?</source>
        <translation>Geen enkel bevolkingsobject van laag '{}' ligt in een gebied van laag '{}'. Beslaan beide lagen wel hetzelfde gebied?</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="821"/>
        <source>{} population features lie in no area; they are left out of the area figures.</source>
        <translation>{} bevolkingsobjecten liggen in geen enkel gebied; zij tellen niet mee in de cijfers per gebied.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="263"/>
        <source>Only with population polygons (e.g. CBS grid cells). Each polygon&apos;s residents are divided over the address points inside it (in proportion to the weight field, else equally), so distances are measured from where people live instead of from the centroid. A polygon with residents but no address keeps them at its centroid; addresses outside every polygon are left out. The population output then has one row per address: source_fid (the polygon) and address_fid (empty for a centroid).</source>
        <translation>Alleen bij bevolkingsvlakken (bijv. CBS-rastercellen). De inwoners van elk vlak worden verdeeld over de adrespunten erin (naar verhouding van het gewichtsveld, anders gelijk), zodat afstanden worden gemeten vanaf waar mensen wonen in plaats van vanaf het zwaartepunt. Een vlak met inwoners maar zonder adres houdt ze op zijn zwaartepunt; adressen buiten elk vlak vallen weg. De bevolkingsuitvoer heeft dan één rij per adres: source_fid (het vlak) en address_fid (leeg bij een zwaartepunt).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="276"/>
        <source>Address weight field (e.g. dwellings per address)</source>
        <translation>Gewichtsveld van de adressen (bijv. woningen per adres)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="284"/>
        <source>A polygon&apos;s residents are divided over its addresses in proportion to this number (e.g. dwellings per address). Empty field: every address weighs 1; an empty value weighs 0; negative values are refused.</source>
        <translation>De inwoners van een vlak worden over zijn adressen verdeeld naar verhouding van dit getal (bijv. woningen per adres). Geen veld gekozen: elk adres weegt 1; een lege waarde weegt 0; negatieve waarden worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="659"/>
        <source>Population layer &apos;{}&apos; has no polygons: address points (ADDRESSES) only spread population polygons such as CBS grid cells. Leave ADDRESSES empty.</source>
        <translation>Bevolkingslaag '{}' heeft geen vlakken: adrespunten (ADDRESSES) verdelen alleen bevolkingsvlakken zoals CBS-rastercellen. Laat ADDRESSES leeg.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="682"/>
        <source>Reading addresses…</source>
        <translation>Adressen lezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="745"/>
        <source>Address layer &apos;{}&apos;: {}</source>
        <translation>Adreslaag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="768"/>
        <source>Residents of {} population polygons spread over {} addresses of layer &apos;{}&apos;; {} polygons with residents have no address (their centroid is used); {} addresses lie outside every polygon and are left out.</source>
        <translation>Inwoners van {} bevolkingsvlakken verdeeld over {} adressen van laag '{}'; {} vlakken met inwoners hebben geen adres (hun zwaartepunt wordt gebruikt); {} adressen liggen buiten elk vlak en vallen weg.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="131"/>
        <source>Which children and which older residents have a suitable playground or meeting place within walking distance, where the gaps are, and how each buurt compares.

In: population points or polygons (CBS 100 m grid cells, address points; a population polygon is measured from its centroid) with resident counts per age group; playgrounds (speelplekken schema: age_0_5, age_6_11, age_12_17) and optionally meeting places (ontmoetingsplekken), points or polygons; optionally buurt/wijk polygons or a code field on the population layer; optionally a street/footpath network.
CBS grid: the bands 0-14 and 15-24 are split into 0-5, 6-11 and 12-17 assuming equal numbers per year of age within a band (0-5 = 6/15 of 0-14, 6-11 = 6/15 of 0-14, 12-17 = 3/15 of 0-14 + 3/10 of 15-24); a suppressed count (-99997, negative, empty) is replaced by the value of &apos;Residents counted for a suppressed count&apos; (default 2.5, the middle of 0-5) and reported.

Method: per age group the distance to the nearest playground serving it (residents 65+: the nearest meeting place), straight-line in EPSG:28992 (times an optional detour factor) or over the network (multi-source shortest paths, snap legs included), compared with the chosen norm. A polygon place (park, playground area) is measured to the polygon: 0 inside, else to the nearest point of its boundary; over the network to where a path enters or touches it, or from a path beside it by a straight step to its boundary (sampled every 5 m). It counts in the area it overlaps most.

Out (each optional): per population feature the distances, within-norm flags and gap; per area residents, shares within the norm, places, play space and meeting places per 1,000 residents 65+; per place its catchment (residents for whom it is the nearest); a gap layer of populated points outside every norm. Every output states its norm and distance type. Distances of places that cannot be reached are empty (NULL); with a network, residents on a part of it from where no suitable place can be reached are counted (N_UNREACHABLE, field unreachable) apart from those too far from it (N_UNSNAPPED, snapped = 0).

</source>
        <translation>Bepaalt welke kinderen en welke oudere inwoners een geschikte speelplek of ontmoetingsplek op loopafstand hebben, waar de witte vlekken zitten en hoe elke buurt ervoor staat.

Invoer: bevolkingspunten of -vlakken (CBS-rastercellen van 100 m, adrespunten; een bevolkingsvlak wordt gemeten vanaf zijn zwaartepunt) met het aantal inwoners per leeftijdsgroep; speelplekken (schema speelplekken: age_0_5, age_6_11, age_12_17) en optioneel ontmoetingsplekken, als punten of vlakken; optioneel buurt- of wijkvlakken of een codeveld op de bevolkingslaag; optioneel een straten- en voetpadennetwerk.
CBS-raster: de leeftijdsklassen 0-14 en 15-24 worden verdeeld over 0-5, 6-11 en 12-17, uitgaande van even veel kinderen per leeftijdsjaar binnen een klasse (0-5 = 6/15 van 0-14, 6-11 = 6/15 van 0-14, 12-17 = 3/15 van 0-14 + 3/10 van 15-24); een geheimgehouden aantal (-99997, negatief, leeg) wordt vervangen door de waarde van 'Aantal inwoners voor een geheimgehouden aantal' (standaard 2,5, het midden van 0-5) en gemeld.

Methode: per leeftijdsgroep de afstand tot de dichtstbijzijnde speelplek voor die groep (inwoners van 65+: de dichtstbijzijnde ontmoetingsplek), hemelsbreed in EPSG:28992 (maal een optionele omwegfactor) of over het netwerk (kortste routes vanaf alle plekken tegelijk, inclusief het stuk naar het netwerk), vergeleken met de gekozen norm. Een vlakvormige plek (park, speelterrein) wordt gemeten tot het vlak: 0 erbinnen, anders tot het dichtstbijzijnde punt van de rand; over het netwerk tot waar een pad het vlak binnengaat of raakt, of vanaf een pad ernaast met een rechte stap naar de rand (elke 5 m bemonsterd). De plek telt mee in het gebied waarmee ze het meest overlapt.

Uitvoer (elk optioneel): per bevolkingsobject de afstanden, markeringen binnen de norm en witte vlek; per gebied de inwoners, de aandelen binnen de norm, de plekken, de speelruimte en de ontmoetingsplekken per 1.000 inwoners van 65+; per plek het verzorgingsgebied (de inwoners voor wie deze plek de dichtstbijzijnde is); een laag met witte vlekken: bewoonde punten buiten elke norm. Elke uitvoer vermeldt de norm en het soort afstand. Afstanden tot plekken die niet bereikbaar zijn, zijn leeg (NULL); met een netwerk worden inwoners op een deel ervan van waaruit geen geschikte plek te bereiken is, geteld (N_UNREACHABLE, veld unreachable), los van de inwoners die te ver van het netwerk liggen (N_UNSNAPPED, snapped = 0).

</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="242"/>
        <source>CBS hides small counts (-99997, negative or empty values); each hidden count is replaced by this number of residents. Default 2.5, the middle estimate: in the CBS 100 m grid every published count is a multiple of 5 and at least 5, so a hidden count lies between 0 and 5. 0 gives a lower bound of the residents, but hidden counts occur mostly in thinly populated (rural) cells, which are often far from playgrounds, so 0 makes shares within the norm look better. The log states the value used; the population output flags the features concerned (field suppressed).</source>
        <translation>Het CBS houdt kleine aantallen geheim (-99997, negatieve of lege waarden); elk geheimgehouden aantal wordt vervangen door dit aantal inwoners. Standaard 2,5, de middenschatting: in het CBS-raster van 100 m is elk gepubliceerd aantal een veelvoud van 5 en minstens 5, dus een geheimgehouden aantal ligt tussen 0 en 5. 0 geeft een ondergrens van het aantal inwoners, maar geheimgehouden aantallen komen vooral voor in dunbevolkte (landelijke) cellen, die vaak ver van speelplekken liggen; met 0 lijken de aandelen binnen de norm dus gunstiger. Het logboek vermeldt de gebruikte waarde; de bevolkingsuitvoer markeert de betrokken objecten (veld suppressed).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="328"/>
        <source>Benches, community centres, squares, parks…: residents 65+ are measured to the nearest meeting place (a polygon such as a park: to the polygon). Without this layer, meeting-place reach is not evaluated (not reported as 0).</source>
        <translation>Bankjes, buurthuizen, pleintjes, parken…: voor inwoners van 65+ wordt de afstand tot de dichtstbijzijnde ontmoetingsplek gemeten (bij een vlak zoals een park: tot het vlak). Zonder deze laag wordt het bereik van ontmoetingsplekken niet bepaald (en niet als 0 gemeld).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="342"/>
        <source>Polygons to aggregate to; population points are counted in the one they lie in, point places too, a polygon place in the one it overlaps most.</source>
        <translation>Vlakken om naar samen te vatten; bevolkingspunten tellen mee in het vlak waarin ze liggen, plekken die een punt zijn ook, een vlakvormige plek in het vlak waarmee ze het meest overlapt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="439"/>
        <source>Population features with suppressed counts (each replaced by SUPPRESSED_VALUE, see the log)</source>
        <translation>Bevolkingsobjecten met geheimgehouden aantallen (elk vervangen door SUPPRESSED_VALUE, zie het logboek)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="439"/>
        <source>Population features on the network that cannot reach a suitable place</source>
        <translation>Bevolkingsobjecten op het netwerk die geen geschikte plek kunnen bereiken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="465"/>
        <source>Points (centroids of polygons): source_fid, dist_0_5 … dist_meeting (m, empty = no suitable place reachable), nearest_place_* (feature id in the playground or meeting-place layer), within_* (1/0), within_meeting_65plus, residents_*, gap, suppressed (1 = a count was hidden by CBS and estimated), snapped/snap_distance/unreachable (network), norm, distance_type.</source>
        <translation>Punten (zwaartepunten van vlakken): source_fid, dist_0_5 … dist_meeting (m, leeg = geen geschikte plek bereikbaar), nearest_place_* (object-id in de laag met speelplekken of ontmoetingsplekken), within_* (1/0), within_meeting_65plus, residents_*, gap, suppressed (1 = een aantal is door het CBS geheimgehouden en geschat), snapped/snap_distance/unreachable (netwerk), norm, distance_type.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="472"/>
        <source>Per area: residents per group, residents and share within the norm (share_0_5_within_norm …, share_65plus_within_meeting_norm), playgrounds, meeting places per 1,000 residents 65+, play space, gap_points, with a network unsnapped_points and unreachable_points, norm, distance_type.</source>
        <translation>Per gebied: inwoners per groep, inwoners en aandeel binnen de norm (share_0_5_within_norm …, share_65plus_within_meeting_norm), speelplekken, ontmoetingsplekken per 1.000 inwoners van 65+, speelruimte, gap_points, met een netwerk unsnapped_points en unreachable_points, norm, distance_type.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="555"/>
        <source>Area layer &apos;{}&apos; has no field &apos;{}&apos; (AREA_CODE_FIELD).</source>
        <translation>Gebiedslaag '{}' heeft geen veld '{}' (AREA_CODE_FIELD).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="802"/>
        <source>{} polygon places (parks, playground areas) are measured to the polygon: 0 inside, else to the nearest point of the boundary.</source>
        <translation>{} vlakvormige plekken (parken, speelterreinen) worden gemeten tot het vlak: 0 erbinnen, anders tot het dichtstbijzijnde punt van de rand.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="168"/>
        <source>Where the residents live: CBS 100 m grid cells (e.g. cbs_vierkant100m, fields aantal_inwoners_0_tot_15_jaar ...) or address points with residents per age group; not the playground layer. Polygons are measured from their centroid; any CRS (transformed to EPSG:28992). The dialog preselects a project layer with the CBS grid fields.</source>
        <translation>Waar de inwoners wonen: CBS-rastercellen van 100 m (bijv. cbs_vierkant100m, velden aantal_inwoners_0_tot_15_jaar ...) of adrespunten met inwoners per leeftijdsgroep; niet de laag met speelplekken. Vlakken worden gemeten vanaf hun zwaartepunt; elk CRS (omgezet naar EPSG:28992). Het dialoogvenster kiest vooraf een projectlaag met de velden van het CBS-raster.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="257"/>
        <source>Address points to spread population polygons over</source>
        <translation>Adrespunten om bevolkingsvlakken over te verdelen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach.py" line="296"/>
        <source>The playground layer: playgrounds in the Wijkaanpak schema (the output of &apos;Import playground/meeting-place inventory&apos;, field place_type); age_0_5, age_6_11, age_12_17 say which ages each serves (1/0, empty = unknown). Polygons (playground areas) are measured to the polygon, not its centroid: 0 inside, else to its nearest boundary point; each counts in the area it overlaps most, and its surface (or the field surface_m2) gives the play space per area.</source>
        <translation>De laag met speelplekken: speelplekken in het Wijkaanpak-schema (de uitvoer van 'Inventarisatie speel- of ontmoetingsplekken importeren', veld place_type); age_0_5, age_6_11, age_12_17 geven aan voor welke leeftijden een plek is (1/0, leeg = onbekend). Vlakken (speelterreinen) worden gemeten tot het vlak, niet tot het zwaartepunt: 0 erbinnen, anders tot het dichtstbijzijnde punt van de rand; elk vlak telt mee in het gebied waarmee het het meest overlapt, en de oppervlakte ervan (of het veld surface_m2) geeft de speelruimte per gebied.</translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="294"/>
        <source>hidden by CBS/RIVM</source>
        <translation>geheimgehouden door CBS/RIVM</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="294"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="304"/>
        <source>wijk</source>
        <translation>wijk</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="305"/>
        <source>buurt</source>
        <translation>buurt</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="306"/>
        <source>100 m grid cell</source>
        <translation>rastercel van 100 m</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="310"/>
        <source>not available — run {}</source>
        <translation>niet beschikbaar — voer {} uit</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="315"/>
        <source>very poor</source>
        <translation>zeer slecht</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="339"/>
        <source>poor</source>
        <translation>slecht</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="338"/>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="337"/>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="336"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="321"/>
        <source>{} of 5 ({})</source>
        <translation>{} van 5 ({})</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="329"/>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="331"/>
        <source>({})</source>
        <translation>({})</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="345"/>
        <source>{} of 5</source>
        <translation>{} van 5</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="351"/>
        <source>playground</source>
        <translation>speeltuin</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="352"/>
        <source>play spot</source>
        <translation>speelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="353"/>
        <source>nature play area</source>
        <translation>natuurspeelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="354"/>
        <source>kickabout pitch</source>
        <translation>trapveld</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="355"/>
        <source>skate park</source>
        <translation>skatebaan</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="356"/>
        <source>pump track</source>
        <translation>pumptrack</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="357"/>
        <source>Cruyff Court</source>
        <translation>Cruyff Court</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="358"/>
        <source>schoolyard</source>
        <translation>schoolplein</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="359"/>
        <source>community centre</source>
        <translation>buurthuis</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="360"/>
        <source>district centre</source>
        <translation>wijkcentrum</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="361"/>
        <source>bench</source>
        <translation>bankje</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="362"/>
        <source>picnic table</source>
        <translation>picknicktafel</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="363"/>
        <source>park</source>
        <translation>park</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="364"/>
        <source>square</source>
        <translation>pleintje</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="365"/>
        <source>library</source>
        <translation>bibliotheek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="366"/>
        <source>sports field</source>
        <translation>sportveld</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="367"/>
        <source>community garden</source>
        <translation>moestuin</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="368"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="371"/>
        <source>type unknown</source>
        <translation>soort onbekend</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="376"/>
        <source>65+ (meeting place)</source>
        <translation>65+ (ontmoetingsplek)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="377"/>
        <source>{} (playground)</source>
        <translation>{} (speelplek)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="390"/>
        <source>{} residents</source>
        <translation>{} inwoners</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="573"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="412"/>
        <source>{} (mean)</source>
        <translation>{} (gemiddelde)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="424"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="412"/>
        <source>more need</source>
        <translation>grotere opgave</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="412"/>
        <source>better</source>
        <translation>beter</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="597"/>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="428"/>
        <source>{}: mean of its {} areas with {} or more residents</source>
        <translation>{}: gemiddelde van de {} gebieden met {} of meer inwoners</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="431"/>
        <source>{}: mean of its {} areas</source>
        <translation>{}: gemiddelde van de {} gebieden</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="434"/>
        <source>This profile is a signal for conversation with residents, not a verdict on a neighbourhood.</source>
        <translation>Dit profiel is een signaal voor het gesprek met bewoners, geen oordeel over een wijk.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="485"/>
        <source>This area has fewer than {} residents. Figures about so few people are unreliable and could point at individual residents, so the profile shows no figures about people here: no age groups, loneliness, reach, scores or rank.</source>
        <translation>Dit gebied heeft minder dan {} inwoners. Cijfers over zo weinig mensen zijn onbetrouwbaar en kunnen naar personen wijzen; daarom toont het profiel hier geen cijfers over mensen: geen leeftijdsgroepen, eenzaamheid, bereik, scores of rang.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="491"/>
        <source>The number of residents of this area is not known (no value in the field aantal_inwoners of any layer), so it cannot be checked against the minimum of {} residents. The profile therefore shows no figures about people here. Import the CBS key figures (Import CBS/RIVM figures) to show them.</source>
        <translation>Het aantal inwoners van dit gebied is onbekend (geen waarde in het veld aantal_inwoners van een van de lagen), dus het kan niet worden getoetst aan het minimum van {} inwoners. Het profiel toont hier daarom geen cijfers over mensen. Importeer de CBS-kerncijfers (CBS/RIVM-cijfers importeren) om ze te tonen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="500"/>
        <source>No figures about people</source>
        <translation>Geen cijfers over mensen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="503"/>
        <source>Wijkagenda: need and rank</source>
        <translation>Wijkagenda: opgave en rang</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="506"/>
        <source>Rank: </source>
        <translation>Rang: </translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="508"/>
        <source>Not ranked: {}</source>
        <translation>Zonder rang: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="508"/>
        <source>no reason recorded</source>
        <translation>geen reden vastgelegd</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="520"/>
        <source> (90% of the draws between {} and {})</source>
        <translation> (90% van de trekkingen tussen {} en {})</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="523"/>
        <source>Rank {} of {}</source>
        <translation>Rang {} van {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="523"/>
        <source>Probability of the top 3: {} · of first place: {}</source>
        <translation>Kans op de top 3: {} · op de eerste plaats: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="539"/>
        <source>The rank leaves out, for lack of data: {}.</source>
        <translation>De rang laat wegens gebrek aan gegevens weg: {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="554"/>
        <source>What drives its need most:</source>
        <translation>Wat de opgave het meest bepaalt:</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="561"/>
        <source>Ambition scores: </source>
        <translation>Ambitiescores: </translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="580"/>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="730"/>
        <source>This area</source>
        <translation>Dit gebied</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="730"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="586"/>
        <source>Scores from 0 to 1 (1 = best), as Ambition scores wrote them. </source>
        <translation>Scores van 0 tot 1 (1 = best), zoals Ambitiescores ze heeft berekend. </translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="586"/>
        <source>Municipality: </source>
        <translation>Gemeente: </translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="878"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="603"/>
        <source>share of residents</source>
        <translation>aandeel inwoners</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="618"/>
        <source>residents</source>
        <translation>inwoners</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="604"/>
        <source>CBS age groups</source>
        <translation>CBS-leeftijdsklassen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="614"/>
        <source>Residents: </source>
        <translation>Inwoners: </translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="618"/>
        <source>Age groups of the norms</source>
        <translation>Leeftijdsgroepen van de normen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="631"/>
        <source>Loneliness</source>
        <translation>Eenzaamheid</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="637"/>
        <source>Lonely, adults 18+</source>
        <translation>Eenzaam, volwassenen 18+</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="637"/>
        <source>Severely lonely, adults 18+</source>
        <translation>Ernstig eenzaam, volwassenen 18+</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="637"/>
        <source>Lonely, residents 65+</source>
        <translation>Eenzaam, inwoners 65+</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="637"/>
        <source>Severely lonely, residents 65+</source>
        <translation>Ernstig eenzaam, inwoners 65+</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="644"/>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="645"/>
        <source>Measured by {}, {} (Gezondheidsmonitor).</source>
        <translation>Gemeten door {}, {} (Gezondheidsmonitor).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="645"/>
        <source>year not recorded</source>
        <translation>jaar niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="657"/>
        <source> (interval {} to {})</source>
        <translation> (interval {} tot {})</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="660"/>
        <source>Lonely, adults 18+:</source>
        <translation>Eenzaam, volwassenen 18+:</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="660"/>
        <source>modelled</source>
        <translation>gemodelleerd</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="669"/>
        <source>A model estimate, not a measurement: the Apply loneliness model algorithm estimated it from CBS figures; the interval is the model&apos;s (90% unless the model was trained with another level).</source>
        <translation>Een schatting van een model, geen meting: het algoritme Eenzaamheidsmodel toepassen heeft haar geschat uit CBS-cijfers; het interval is dat van het model (90%, tenzij het model met een ander niveau is getraind).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="676"/>
        <source>This cell has too few residents: its buurt&apos;s estimate.</source>
        <translation>Deze cel heeft te weinig inwoners: de schatting van haar buurt.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="678"/>
        <source>Outside the range of the training data: the model extrapolates.</source>
        <translation>Buiten het trainingsbereik: het model extrapoleert.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="683"/>
        <source>Modelled: no estimate published for this area ({}).</source>
        <translation>Gemodelleerd: geen schatting gepubliceerd voor dit gebied ({}).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="683"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="691"/>
        <source>Loneliness: </source>
        <translation>Eenzaamheid: </translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="691"/>
        <source> or {}</source>
        <translation> of {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="700"/>
        <source>Risk index: {}</source>
        <translation>Risico-index: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="704"/>
        <source>main factors: {}</source>
        <translation>belangrijkste factoren: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="709"/>
        <source>Within walking distance</source>
        <translation>Op loopafstand</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="712"/>
        <source>Reach: </source>
        <translation>Bereik: </translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="718"/>
        <source>({} of {})</source>
        <translation>({} van {})</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="721"/>
        <source>{} m</source>
        <translation>{} m</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="730"/>
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="730"/>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="744"/>
        <source>Norm: {}.</source>
        <translation>Norm: {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="746"/>
        <source>Distance: {}.</source>
        <translation>Afstand: {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="747"/>
        <source>Municipality: residents within the norm divided by the residents of all its areas in the reach output.</source>
        <translation>Gemeente: inwoners binnen de norm gedeeld door de inwoners van al haar gebieden in de uitvoer van de bereikanalyse.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="769"/>
        <source>The active norm is {}; this reach output was computed with another norm. Run Playground and meeting-place reach with the active norm to compare against it.</source>
        <translation>De actieve norm is {}; deze uitvoer van de bereikanalyse is berekend met een andere norm. Voer 'Bereik van speel- en ontmoetingsplekken' uit met de actieve norm om ermee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="783"/>
        <source>Playgrounds and meeting places in this area</source>
        <translation>Speel- en ontmoetingsplekken in dit gebied</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="789"/>
        <source>Reach output: playgrounds {} ({}), meeting places {}</source>
        <translation>Uitvoer van de bereikanalyse: speelplekken {} ({}), ontmoetingsplekken {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="793"/>
        <source> ({} per 1,000 residents 65+)</source>
        <translation> ({} per 1.000 inwoners van 65+)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="799"/>
        <source>Places: no playground or meeting-place inventory in the project ({}).</source>
        <translation>Plekken: geen inventarisatie van speel- of ontmoetingsplekken in het project ({}).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="810"/>
        <source>No places of the inventory lie in this area.</source>
        <translation>Er liggen geen plekken uit de inventarisatie in dit gebied.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="815"/>
        <source>Playgrounds: {}</source>
        <translation>Speelplekken: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="815"/>
        <source>(condition assessed for {})</source>
        <translation>(staat beoordeeld bij {})</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="825"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="827"/>
        <source>ages unknown</source>
        <translation>leeftijden onbekend</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="833"/>
        <source>Playground</source>
        <translation>Speelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="833"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="833"/>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="833"/>
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="843"/>
        <source>and {} more</source>
        <translation>en nog {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="846"/>
        <source>Without a name and not assessed: {}</source>
        <translation>Zonder naam en niet beoordeeld: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="856"/>
        <source>Meeting places: {}</source>
        <translation>Ontmoetingsplekken: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="863"/>
        <source>Inventory: {}.</source>
        <translation>Inventarisatie: {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="879"/>
        <source>Age groups (CBS)</source>
        <translation>Leeftijdsklassen (CBS)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="880"/>
        <source>Loneliness, measured</source>
        <translation>Eenzaamheid, gemeten</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="881"/>
        <source>Loneliness, modelled</source>
        <translation>Eenzaamheid, gemodelleerd</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="882"/>
        <source>Loneliness risk index</source>
        <translation>Risico-index eenzaamheid</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="883"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="884"/>
        <source>Ambition scores</source>
        <translation>Ambitiescores</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="885"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="898"/>
        <source>Sources and vintage</source>
        <translation>Bronnen en jaargang</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="899"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="899"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="899"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="902"/>
        <source>–: the layer records no year (no field jaarstatcode, jaar or vintage, no year in its name); see the layer it was computed from.</source>
        <translation>–: de laag vermeldt geen jaar (geen veld jaarstatcode, jaar of vintage, geen jaartal in de naam); zie de laag waaruit ze is berekend.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="918"/>
        <source>Ambition scores of {} and the municipality</source>
        <translation>Ambitiescores van {} en de gemeente</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="873"/>
        <source>RIVM {}</source>
        <translation>RIVM {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="874"/>
        <source>CBS {}</source>
        <translation>CBS {}</translation>
    </message>
</context>
<context>
    <name>RankAreasAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="73"/>
        <source>Rank areas for the next integrated approach</source>
        <translation>Gebieden rangschikken voor de volgende wijkaanpak</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="101"/>
        <source>Areas (wijken or buurten)</source>
        <translation>Gebieden (wijken of buurten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="113"/>
        <source>Area code field</source>
        <translation>Veld met gebiedscode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="116"/>
        <source>Field with the code of each area; the top 3 codes are also returned.</source>
        <translation>Veld met de code van elk gebied; de codes van de top 3 worden ook teruggegeven.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="118"/>
        <source>Population field</source>
        <translation>Veld met aantal inwoners</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="126"/>
        <source>Number of residents per area (CBS: &apos;aantal_inwoners&apos;). Empty: no area is left out for its size (a warning says so).</source>
        <translation>Aantal inwoners per gebied (CBS: 'aantal_inwoners'). Leeg: geen gebied valt af vanwege zijn omvang (een waarschuwing meldt dat).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="133"/>
        <source>Minimum population to be ranked</source>
        <translation>Minimum aantal inwoners voor een rang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="140"/>
        <source>Areas with fewer residents are not ranked (noise and stigma); they keep their need but get no rank, with the reason.</source>
        <translation>Gebieden met minder inwoners krijgen geen rang (onbetrouwbaar en stigmatiserend); ze houden hun opgave, maar krijgen geen rang, met de reden erbij.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="148"/>
        <source>JSON file with ambitions, indicators, weights, normalisations and targets; empty or the default: the shipped five ambitions (resources/config/indicators_default.json).</source>
        <translation>JSON-bestand met ambities, indicatoren, gewichten, normalisaties en doelen; leeg of de standaardwaarde: de meegeleverde vijf ambities (resources/config/indicators_default.json).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="158"/>
        <source>Expression selecting the areas that set the scale of the scores, e.g. &quot;gemeentecode&quot; = &apos;GM0106&apos;. Empty: all areas. Every area with enough residents is ranked either way.</source>
        <translation>Expressie die de gebieden kiest die de schaal van de scores bepalen, bijv. &quot;gemeentecode&quot; = 'GM0106'. Leeg: alle gebieden. Elk gebied met genoeg inwoners krijgt hoe dan ook een rang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="169"/>
        <source>Number of draws</source>
        <translation>Aantal trekkingen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="177"/>
        <source>Monte-Carlo draws of weights (and values within intervals). 1,000 gives probabilities to about +-0.03.</source>
        <translation>Monte-Carlo-trekkingen van gewichten (en van waarden binnen intervallen). Met 1.000 trekkingen zijn de kansen tot op ongeveer +-0,03 nauwkeurig.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="185"/>
        <source>Weight jitter (0.2 = +-20%)</source>
        <translation>Variatie van de gewichten (0,2 = +-20%)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="193"/>
        <source>Each weight is multiplied by a factor drawn uniformly between 1 - jitter and 1 + jitter in every draw. 0 tests only the value intervals.</source>
        <translation>Elk gewicht wordt in elke trekking vermenigvuldigd met een factor die gelijkmatig wordt getrokken tussen 1 - variatie en 1 + variatie. Met 0 worden alleen de intervallen van de waarden getest.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="202"/>
        <source>Random seed</source>
        <translation>Seed (startwaarde van het toeval)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="209"/>
        <source>The same seed gives the same draws, so a run can be repeated exactly.</source>
        <translation>Dezelfde seed geeft dezelfde trekkingen, zodat een uitvoering precies te herhalen is.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="213"/>
        <source>Ranked areas</source>
        <translation>Gerangschikte gebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="216"/>
        <source>The areas with need, rank, rank interval, probabilities and need drivers.</source>
        <translation>De gebieden met opgave, rang, ranginterval, kansen en de oorzaken van de opgave.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="220"/>
        <source>Code ranked first</source>
        <translation>Code op de eerste plaats</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="220"/>
        <source>Code ranked second</source>
        <translation>Code op de tweede plaats</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="220"/>
        <source>Code ranked third</source>
        <translation>Code op de derde plaats</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="229"/>
        <source>Number of ranked areas</source>
        <translation>Aantal gerangschikte gebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="247"/>
        <source>Layer &apos;{}&apos; has no population field &apos;{}&apos;. Choose the field with the number of residents, or leave it empty to rank without a minimum population.</source>
        <translation>Laag '{}' heeft geen veld met aantal inwoners '{}'. Kies het veld met het aantal inwoners, of laat het leeg om te rangschikken zonder minimum aantal inwoners.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="256"/>
        <source>Ranking with {} draws, weight jitter {}, seed {}…</source>
        <translation>Rangschikken met {} trekkingen, variatie van de gewichten {}, seed {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="282"/>
        <source>Cancelled: no output was written.</source>
        <translation>Geannuleerd: er is geen uitvoer geschreven.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="287"/>
        <source>Reference: {}</source>
        <translation>Referentie: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="294"/>
        <source>Not ranked: {}</source>
        <translation>Zonder rang: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="305"/>
        <source>Top {} (rank, 5–95% interval, P(first), P(top 3)):</source>
        <translation>Top {} (rang, 5–95%-interval, P(eerste), P(top 3)):</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="315"/>
        <source>  {}: rank {}, P(first) {:.2f}, P(top 3) {:.2f}, need {:.3f}</source>
        <translation>  {}: rang {}, P(eerste) {:.2f}, P(top 3) {:.2f}, opgave {:.3f}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="76"/>
        <source>Ranks areas by need (1 - the total score of the indicator definition: ambition gaps, loneliness, loneliness risk, missing reach) and shows how sure that ranking is.

In: area polygons with the indicator fields, their code and population, and the indicator definition file (JSON).
Out: the areas with need, rank (1 = most need), rank_p05 and rank_p95 (90% of the draws lie in between), p_first (probability of being first), p_top3, a label such as &apos;2 (1-4)&apos;, the three indicators that drive the need, and for areas that are not ranked the reason. The log lists the top 5.

Method: a Monte-Carlo sensitivity analysis. In every draw each indicator and ambition weight is multiplied by a random factor within +-jitter (default 20%), and where the definition gives intervals the values are drawn within them; the areas are ranked again. The seed makes runs repeatable. Areas with fewer residents than the minimum (default 100) or an unknown population are not ranked: small numbers are noisy and a ranking of a few streets stigmatises. Suppressed CBS/RIVM values (-99997, &apos;.&apos;) are missing, never numbers. An ambition without any usable indicator stops the run unless &apos;Allow ambitions without data&apos; is ticked; the fields ambitions_in_total, ambitions_missing and indicators_used and the log say what the ranking rests on.

This ranking is a signal for conversation with residents and departments, not a verdict on a neighbourhood.</source>
        <translation>Rangschikt gebieden naar opgave (1 - de totaalscore uit het indicatorbestand: achterstand op de ambities, eenzaamheid, risico op eenzaamheid, ontbrekend bereik) en laat zien hoe zeker die rangorde is.

Invoer: gebiedsvlakken met de indicatorvelden, hun code en aantal inwoners, en het indicatorbestand (JSON).
Uitvoer: de gebieden met need, rank (1 = grootste opgave), rank_p05 en rank_p95 (90% van de trekkingen ligt daartussen), p_first (kans op de eerste plaats), p_top3, een label zoals '2 (1-4)', de drie indicatoren die de opgave het meest bepalen, en voor gebieden zonder rang de reden. Het logboek noemt de top 5.

Methode: een Monte-Carlo-gevoeligheidsanalyse. In elke trekking wordt elk gewicht van indicatoren en ambities vermenigvuldigd met een willekeurige factor binnen +-de variatie (standaard 20%), en waar het indicatorbestand intervallen geeft, worden de waarden daarbinnen getrokken; daarna worden de gebieden opnieuw gerangschikt. Met dezelfde seed is een uitvoering te herhalen. Gebieden met minder inwoners dan het minimum (standaard 100) of met een onbekend aantal inwoners krijgen geen rang: kleine aantallen zijn onbetrouwbaar en een rangorde van een paar straten stigmatiseert. Geheimgehouden CBS/RIVM-waarden (-99997, '.') tellen als ontbrekend, nooit als getal. Een ambitie zonder enige bruikbare indicator stopt de uitvoering, tenzij 'Ambities zonder gegevens toestaan' is aangevinkt; de velden ambitions_in_total, ambitions_missing en indicators_used en het logboek zeggen waarop de rangorde berust.

Deze rangorde is een signaal voor het gesprek met bewoners en afdelingen, geen oordeel over een wijk.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="322"/>
        <source>These ranks rest on {} of the {} ambitions ({}); left out for lack of data: {}.</source>
        <translation>Deze rangen berusten op {} van de {} ambities ({}); weggelaten wegens gebrek aan gegevens: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/rank_areas.py" line="104"/>
        <source>Area polygons with a code field (wijkcode or buurtcode) and the indicator fields, e.g. CBS wijken with imported figures, reach outputs and the loneliness risk index; not grid cells. The dialog preselects such a project layer.</source>
        <translation>Gebiedsvlakken met een codeveld (wijkcode of buurtcode) en de indicatorvelden, bijv. CBS-wijken met geïmporteerde cijfers, uitvoer van de bereikanalyse en de risico-index eenzaamheid; geen rastercellen. Het dialoogvenster kiest zo'n projectlaag vooraf.</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="122"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="124"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="124"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="285"/>
        <source>Not saved: feature {} of layer &apos;{}&apos; was deleted by someone else after you started editing it. Your edits are kept in the layer; copy what you need, then undo them (Ctrl+Z) or discard them.</source>
        <translation>Niet opgeslagen: object {} van laag '{}' is door iemand anders verwijderd nadat u het begon te bewerken. Uw bewerkingen blijven in de laag bewaard; kopieer wat u nodig hebt en maak ze daarna ongedaan (Ctrl+Z) of verwerp ze.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="302"/>
        <source>Not saved: you cancelled. Your edits are kept in the layer; nothing was written.</source>
        <translation>Niet opgeslagen: u hebt geannuleerd. Uw bewerkingen blijven in de laag bewaard; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="452"/>
        <source>Not saved: the database of layer &apos;{}&apos; cannot be reached (the connection was lost or the server is down). Nothing was written; your edits are kept in the layer. Save again when the connection is back.</source>
        <translation>Niet opgeslagen: de database van laag '{}' is niet bereikbaar (de verbinding is verbroken of de server ligt eruit). Er is niets geschreven; uw bewerkingen blijven in de laag bewaard. Sla opnieuw op als de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="457"/>
        <source>Not saved: the connection to the database of layer &apos;{}&apos; was lost during the save. The database does not keep a half-finished save, so the stored playgrounds are as they were before. Your edits are kept in the layer: save again when the connection is back.</source>
        <translation>Niet opgeslagen: de verbinding met de database van laag '{}' is tijdens het opslaan verbroken. De database bewaart geen half afgemaakte opslag, dus de opgeslagen speelplekken zijn zoals ze waren. Uw bewerkingen blijven in de laag bewaard: sla opnieuw op als de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="469"/>
        <source>Not saved: someone else saved one of these playgrounds in layer &apos;{}&apos; a moment ago. Nothing was written; your edits are kept in the layer. Save again to see what they changed and choose.</source>
        <translation>Niet opgeslagen: iemand anders heeft zojuist een van deze speelplekken in laag '{}' opgeslagen. Er is niets geschreven; uw bewerkingen blijven in de laag bewaard. Sla opnieuw op om te zien wat die ander heeft gewijzigd, en kies.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="479"/>
        <source>Layer &apos;{}&apos; could not be saved; the edits are kept in the layer. Errors: {}</source>
        <translation>Laag '{}' kon niet worden opgeslagen; de bewerkingen blijven in de laag bewaard. Fouten: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="490"/>
        <source>Layer &apos;{}&apos; is read-only for you: database user &apos;{}&apos; may read table {}.{} but not change it, so assessments cannot be saved. Ask your database administrator for an editor role (docs/postgis.md), or save a copy as a GeoPackage to work on.</source>
        <translation>Laag '{}' is voor u alleen-lezen: databasegebruiker '{}' mag tabel {}.{} lezen maar niet wijzigen, dus beoordelingen kunnen niet worden opgeslagen. Vraag uw databasebeheerder om een rol met schrijfrechten (docs/postgis.md), of sla een kopie op als GeoPackage om in te werken.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="495"/>
        <source>Layer &apos;{}&apos; cannot be edited (its data source is read-only).</source>
        <translation>Laag '{}' kan niet worden bewerkt (de gegevensbron is alleen-lezen).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="508"/>
        <source>Someone else saved this playground</source>
        <translation>Iemand anders heeft deze speelplek opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="512"/>
        <source>feature {}</source>
        <translation>object {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="515"/>
        <source>Playground &apos;{}&apos; in layer &apos;{}&apos; was saved by someone else after you started assessing it.</source>
        <translation>Speelplek '{}' in laag '{}' is door iemand anders opgeslagen nadat u haar begon te beoordelen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="521"/>
        <source>You started from version {}; the stored version is now {}.</source>
        <translation>U begon bij versie {}; de opgeslagen versie is nu {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="530"/>
        <source>You both changed {} field(s) (marked ●): choose whose values to keep. Fields only one of you changed keep that change either way.</source>
        <translation>U hebt allebei {} veld(en) gewijzigd (gemarkeerd met ●): kies wiens waarden blijven. Velden die maar een van u beiden heeft gewijzigd, houden die wijziging in elk geval.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="537"/>
        <source>You changed other fields than they did: both changes are kept whichever you choose.</source>
        <translation>U hebt andere velden gewijzigd dan de ander: beide wijzigingen blijven behouden, wat u ook kiest.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="547"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="547"/>
        <source>When you started</source>
        <translation>Toen u begon</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="547"/>
        <source>Your value</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="547"/>
        <source>Their value (stored)</source>
        <translation>Hun waarde (opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="565"/>
        <source>{} (not changed by you)</source>
        <translation>{} (niet door u gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="583"/>
        <source>Keep their values</source>
        <translation>Hun waarden behouden</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="584"/>
        <source>Their values win where you both changed a field; your other changes are saved.</source>
        <translation>Hun waarden winnen waar u allebei een veld hebt gewijzigd; uw overige wijzigingen worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="589"/>
        <source>Save mine over theirs</source>
        <translation>Mijn waarden over die van hen opslaan</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="590"/>
        <source>Your values win where you both changed a field; their other changes stay.</source>
        <translation>Uw waarden winnen waar u allebei een veld hebt gewijzigd; hun overige wijzigingen blijven staan.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/save_conflict.py" line="595"/>
        <source>Cancel (keep editing)</source>
        <translation>Annuleren (verder bewerken)</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="170"/>
        <source>Scenarios: try a place</source>
        <translation>Scenario's: probeer een plek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="199"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="199"/>
        <source>none: straight-line</source>
        <translation>geen: hemelsbreed</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="941"/>
        <source>playground</source>
        <translation>speelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="941"/>
        <source>meeting place</source>
        <translation>ontmoetingsplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="216"/>
        <source>Age (norm)</source>
        <translation>Leeftijd (norm)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="216"/>
        <source>Newly in</source>
        <translation>Erin</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="216"/>
        <source>Out</source>
        <translation>Eruit</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="216"/>
        <source>Within now</source>
        <translation>Nu binnen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="225"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="819"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="225"/>
        <source>Before → after</source>
        <translation>Voor → na</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="228"/>
        <source>This scenario</source>
        <translation>Dit scenario</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="228"/>
        <source>Other</source>
        <translation>Ander scenario</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="819"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="237"/>
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="237"/>
        <source>If it closed</source>
        <translation>Bij sluiting</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="237"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="241"/>
        <source>Residents who would fall outside the norm: the ones this place serves alone</source>
        <translation>Inwoners die buiten de norm zouden vallen: degenen die alleen door deze plek worden bediend</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="244"/>
        <source>Residents who come within the norm with this change</source>
        <translation>Inwoners die met deze wijziging binnen de norm komen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="244"/>
        <source>Residents who drop out of the norm with this change</source>
        <translation>Inwoners die met deze wijziging buiten de norm vallen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="244"/>
        <source>Residents within the norm after the change, and their share</source>
        <translation>Inwoners binnen de norm na de wijziging, en hun aandeel</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="356"/>
        <source>The plugin&apos;s active norm (toolbar)</source>
        <translation>De actieve norm van de plugin (werkbalk)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="400"/>
        <source>Choose a playground layer and a residents&apos; layer.</source>
        <translation>Kies een laag met speelplekken en een laag met inwoners.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="423"/>
        <source>The scenario cannot start: {}</source>
        <translation>Het scenario kan niet starten: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="432"/>
        <source>Ready: {} residents&apos; points, {} places ({}).</source>
        <translation>Klaar: {} punten met inwoners, {} plekken ({}).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="455"/>
        <source>playgrounds</source>
        <translation>speelplekken</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="459"/>
        <source>meeting places</source>
        <translation>ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="506"/>
        <source>Scenario {}</source>
        <translation>Scenario {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="518"/>
        <source>&apos;{}&apos; is not a scenario layer (it needs the fields action and kind).</source>
        <translation>'{}' is geen scenariolaag (die heeft de velden action en kind nodig).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="541"/>
        <source>The scenario could not be saved: {}</source>
        <translation>Het scenario kon niet worden opgeslagen: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="552"/>
        <source>Saved as {}.</source>
        <translation>Opgeslagen als {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="556"/>
        <source>Open a scenario</source>
        <translation>Een scenario openen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="563"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="563"/>
        <source>Save the scenario</source>
        <translation>Het scenario opslaan</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="814"/>
        <source>Scenario &apos;{}&apos;: {}</source>
        <translation>Scenario '{}': {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="692"/>
        <source>No place there: click on a place first, then where it goes.</source>
        <translation>Hier ligt geen plek: klik eerst op een plek en daarna op de plaats waar ze naartoe gaat.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="717"/>
        <source>No place there: click on the place that would close.</source>
        <translation>Hier ligt geen plek: klik op de plek die zou sluiten.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="1062"/>
        <source>{}: {:g} → {:g}</source>
        <translation>{}: {:g} → {:g}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="840"/>
        <source>Rank for the next integrated approach differs: {}</source>
        <translation>De rang voor de volgende wijkaanpak verschilt: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="852"/>
        <source>Which place matters most? Trying each place's closure…</source>
        <translation>Welke plek is het belangrijkst? Sluiting van elke plek wordt doorgerekend…</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="852"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="859"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="871"/>
        <source>Stopped: the closure impact was not computed.</source>
        <translation>Gestopt: de gevolgen van sluiting zijn niet berekend.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="894"/>
        <source>{} {}</source>
        <translation>{} {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="898"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="934"/>
        <source>children 0–5</source>
        <translation>kinderen 0–5</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="935"/>
        <source>children 6–11</source>
        <translation>kinderen 6–11</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="936"/>
        <source>young people 12–17</source>
        <translation>jongeren 12–17</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="937"/>
        <source>residents 65+</source>
        <translation>inwoners 65+</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="948"/>
        <source>{} &apos;{}&apos;</source>
        <translation>{} '{}'</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="951"/>
        <source>{} without a name, near {}</source>
        <translation>{} zonder naam, bij {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="952"/>
        <source>{} without a name</source>
        <translation>{} zonder naam</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="971"/>
        <source>New {}</source>
        <translation>Nieuw: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="973"/>
        <source> for {}</source>
        <translation> voor {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="975"/>
        <source>Moved: {}</source>
        <translation>Verplaatst: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="977"/>
        <source>Closed: {}</source>
        <translation>Gesloten: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="979"/>
        <source> — too far from the street network: it serves nobody</source>
        <translation> — te ver van het stratennetwerk: bedient niemand</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="983"/>
        <source>This change cannot be made: {}</source>
        <translation>Deze wijziging kan niet worden gemaakt: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="994"/>
        <source>No changes yet: choose Add, Move or Remove and click on the map.</source>
        <translation>Nog geen wijzigingen: kies Toevoegen, Verplaatsen of Verwijderen en klik op de kaart.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="1003"/>
        <source>Scenario &apos;{}&apos; ({} changes) against the existing places:</source>
        <translation>Scenario '{}' ({} wijzigingen) vergeleken met de bestaande plekken:</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="1013"/>
        <source>{}: {} newly within {:g} m, {} drop out.</source>
        <translation>{}: {} nieuw binnen {:g} m, {} vallen erbuiten.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="1022"/>
        <source>Nobody comes within the norm or drops out of it.</source>
        <translation>Niemand komt binnen de norm of valt erbuiten.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="1032"/>
        <source>{} ({:g} m)</source>
        <translation>{} ({:g} m)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="1068"/>
        <source>Ranking for the next integrated approach changes: {}</source>
        <translation>De rangorde voor de volgende wijkaanpak verandert: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/scenario_dock.py" line="1072"/>
        <source>No area changes rank.</source>
        <translation>Geen enkel gebied verandert van rang.</translation>
    </message>
</context>
<context>
    <name>ScenarioDockForm</name>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="52"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="58"/>
        <source>Playgrounds</source>
        <translation>Speelplekken</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="68"/>
        <source>Meeting places</source>
        <translation>Ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="78"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="88"/>
        <source>Street network</source>
        <translation>Stratennetwerk</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="98"/>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="108"/>
        <source>Area code</source>
        <translation>Gebiedscode</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="118"/>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="137"/>
        <source>Start from these layers</source>
        <translation>Begin met deze lagen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="149"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="157"/>
        <source>Scenario layer</source>
        <translation>Scenariolaag</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="171"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="174"/>
        <source>Start a new, empty scenario (a temporary layer)</source>
        <translation>Een nieuw, leeg scenario beginnen (een tijdelijke laag)</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="184"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="187"/>
        <source>Open a scenario saved as a GeoPackage</source>
        <translation>Een als GeoPackage opgeslagen scenario openen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="197"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="200"/>
        <source>Save the scenario layer as a GeoPackage</source>
        <translation>De scenariolaag opslaan als GeoPackage</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="221"/>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="231"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="234"/>
        <source>Compare this scenario with the chosen one</source>
        <translation>Dit scenario vergelijken met het gekozen scenario</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="249"/>
        <source>Change on the map</source>
        <translation>Wijzigen op de kaart</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="257"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="260"/>
        <source>Click on the map where a new place would come</source>
        <translation>Klik op de kaart waar een nieuwe plek zou komen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="273"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="276"/>
        <source>Click a place, then where it would go</source>
        <translation>Klik op een plek en daarna op de plaats waar ze naartoe zou gaan</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="289"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="292"/>
        <source>Click the place that would close</source>
        <translation>Klik op de plek die zou sluiten</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="309"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="319"/>
        <source>Age groups</source>
        <translation>Leeftijdsgroepen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="328"/>
        <source>0–5</source>
        <translation>0–5</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="338"/>
        <source>6–11</source>
        <translation>6–11</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="348"/>
        <source>12–17</source>
        <translation>12–17</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="357"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="364"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="376"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="401"/>
        <source>Residents per age group who come within the norm or drop out of it</source>
        <translation>Inwoners per leeftijdsgroep die binnen de norm komen of erbuiten vallen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="408"/>
        <source>Per area: share within the norm</source>
        <translation>Per gebied: aandeel binnen de norm</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="454"/>
        <source>Which place matters most?</source>
        <translation>Welke plek is het belangrijkst?</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="463"/>
        <source>Residents who would fall outside the norm if the place closed: the ones it serves alone.</source>
        <translation>Inwoners die buiten de norm zouden vallen als de plek sloot: degenen die alleen door deze plek worden bediend.</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="475"/>
        <source>Compute</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <location filename="../../forms/scenario_dock.ui" line="478"/>
        <source>Compute for every place of the scenario</source>
        <translation>Berekenen voor elke plek van het scenario</translation>
    </message>
</context>
<context>
    <name>SpeelplekDock</name>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1869"/>
        <source>Playground assessment</source>
        <translation>Beoordeling speelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="359"/>
        <source>none: straight-line</source>
        <translation>geen: hemelsbreed</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="373"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="393"/>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="370"/>
        <source>poor (1–2)</source>
        <translation>slecht (1–2)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="371"/>
        <source>moderate (3)</source>
        <translation>matig (3)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="372"/>
        <source>fair or good (4–5)</source>
        <translation>redelijk of goed (4–5)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="375"/>
        <source>{} years</source>
        <translation>{} jaar</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="376"/>
        <source>ages unknown</source>
        <translation>leeftijden onbekend</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="379"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="383"/>
        <source>Playground</source>
        <translation>Speelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="383"/>
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="383"/>
        <source>Inspected</source>
        <translation>Geïnspecteerd</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="444"/>
        <source>1 – very poor</source>
        <translation>1 – zeer slecht</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="445"/>
        <source>2 – poor</source>
        <translation>2 – slecht</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="446"/>
        <source>3 – moderate</source>
        <translation>3 – matig</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="447"/>
        <source>4 – fair</source>
        <translation>4 – redelijk</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="448"/>
        <source>5 – good</source>
        <translation>5 – goed</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="411"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="983"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="983"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="417"/>
        <source>serves every age group</source>
        <translation>geschikt voor alle leeftijdsgroepen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="418"/>
        <source>serves no age group</source>
        <translation>voor geen enkele leeftijdsgroep geschikt</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="423"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="423"/>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="423"/>
        <source>Nearest for</source>
        <translation>Dichtstbij voor</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="423"/>
        <source>within norm</source>
        <translation>binnen de norm</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="462"/>
        <source>Inclusive play</source>
        <translation>Inclusief spelen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="983"/>
        <source>partly</source>
        <translation>deels</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="480"/>
        <source>Stored in the field {}</source>
        <translation>Opgeslagen in het veld {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="648"/>
        <source>Choose a playground layer first.</source>
        <translation>Kies eerst een laag met speelplekken.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="687"/>
        <source>Feature {} is not in layer &apos;{}&apos;.</source>
        <translation>Object {} staat niet in laag '{}'.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="756"/>
        <source>No playground layer.</source>
        <translation>Geen laag met speelplekken.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="781"/>
        <source>{} of {} playgrounds</source>
        <translation>{} van {} speelplekken</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="799"/>
        <source>playground</source>
        <translation>speelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="914"/>
        <source>Inventory condition: {} (no 1–5 score yet).</source>
        <translation>Staat volgens de inventarisatie: {} (nog geen score van 1–5).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="927"/>
        <source>Stored values that are not valid are shown empty (applying clears them): {}</source>
        <translation>Opgeslagen waarden die niet geldig zijn, worden leeg getoond (toepassen wist ze): {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="968"/>
        <source>Changes in the form are not applied yet: press Apply.</source>
        <translation>Wijzigingen in het formulier zijn nog niet toegepast: klik op Toepassen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="998"/>
        <source>The assessment of this playground has changes that are not applied. Apply them to the layer before moving on?</source>
        <translation>De beoordeling van deze speelplek heeft wijzigingen die nog niet zijn toegepast. Eerst toepassen op de laag voordat u verdergaat?</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1027"/>
        <source>Pick a playground first.</source>
        <translation>Kies eerst een speelplek.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1049"/>
        <source>Not applied: layer &apos;{}&apos; has no field {}. Add the fields to store the assessment.</source>
        <translation>Niet toegepast: laag '{}' heeft geen veld {}. Voeg de velden toe om de beoordeling op te slaan.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1061"/>
        <source>Nothing changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1263"/>
        <source>Layer &apos;{}&apos; could not be put in edit mode.</source>
        <translation>Laag '{}' kon niet in de bewerkingsmodus worden gezet.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1083"/>
        <source>Assess playground {}</source>
        <translation>Speelplek {} beoordelen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1092"/>
        <source>Layer &apos;{}&apos; refused the values of feature {}.</source>
        <translation>Laag '{}' weigerde de waarden van object {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1103"/>
        <source>Applied to the layer&apos;s edits. Save layer writes them to the file.</source>
        <translation>Toegepast op de bewerkingen van de laag. Laag opslaan schrijft ze naar het bestand.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1137"/>
        <source>Apply the changes in the form before saving the layer?</source>
        <translation>De wijzigingen in het formulier toepassen voordat de laag wordt opgeslagen?</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1150"/>
        <source>Layer &apos;{}&apos; has no unsaved edits.</source>
        <translation>Laag '{}' heeft geen niet-opgeslagen bewerkingen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1169"/>
        <source>Could not save the layer</source>
        <translation>Kan de laag niet opslaan</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1178"/>
        <source>Layer &apos;{}&apos; saved.</source>
        <translation>Laag '{}' opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1208"/>
        <source>This layer has no field for {} of the assessment&apos;s values ({}).</source>
        <translation>Deze laag heeft geen veld voor {} van de waarden van de beoordeling ({}).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1242"/>
        <source>Add fields</source>
        <translation>Velden toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1242"/>
        <source>Add the missing fields {} to layer &apos;{}&apos;? They are added to the layer&apos;s edits; Save layer writes them to the file.</source>
        <translation>De ontbrekende velden {} toevoegen aan laag '{}'? Ze worden toegevoegd aan de bewerkingen van de laag; Laag opslaan schrijft ze naar het bestand.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1254"/>
        <source>Fields cannot be added to layer &apos;{}&apos; (its data source does not allow it).</source>
        <translation>Aan laag '{}' kunnen geen velden worden toegevoegd (de gegevensbron staat dat niet toe).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1269"/>
        <source>Add playground assessment fields</source>
        <translation>Velden voor de beoordeling van speelplekken toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1280"/>
        <source>Layer &apos;{}&apos; refused to add the fields {}.</source>
        <translation>Laag '{}' weigerde de velden {} toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1330"/>
        <source>Layer &apos;{}&apos; has unsaved edits: Save layer writes them to the file, Ctrl+Z undoes them one by one.</source>
        <translation>Laag '{}' heeft niet-opgeslagen bewerkingen: Laag opslaan schrijft ze naar het bestand, Ctrl+Z maakt ze een voor een ongedaan.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1337"/>
        <source>Layer &apos;{}&apos; is in edit mode; no unsaved edits.</source>
        <translation>Laag '{}' staat in de bewerkingsmodus; geen niet-opgeslagen bewerkingen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1473"/>
        <source>Layer &apos;{}&apos; has no children&apos;s counts: it needs the CBS grid fields aantal_inwoners_0_tot_15_jaar and aantal_inwoners_15_tot_25_jaar, or residents_0_5, residents_6_11 and residents_12_17.</source>
        <translation>Laag '{}' heeft geen aantallen kinderen: nodig zijn de velden aantal_inwoners_0_tot_15_jaar en aantal_inwoners_15_tot_25_jaar van het CBS-raster, of residents_0_5, residents_6_11 en residents_12_17.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1543"/>
        <source>Pick a playground to see who it serves.</source>
        <translation>Kies een speelplek om te zien welke kinderen ze bedient.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1575"/>
        <source>Choose a residents layer under Reach settings to count the children.</source>
        <translation>Kies onder Instellingen bereik een laag met inwoners om de kinderen te tellen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1582"/>
        <source>walking distances over the network</source>
        <translation>loopafstanden over het netwerk</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1582"/>
        <source>straight-line distances</source>
        <translation>hemelsbrede afstanden</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1587"/>
        <source>{}, {}.</source>
        <translation>{}, {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1589"/>
        <source>Children per age group split from the CBS bands 0–14 and 15–24 (equal numbers per year of age).</source>
        <translation>Kinderen per leeftijdsgroep afgeleid uit de CBS-leeftijdsklassen 0–14 en 15–24 (even veel kinderen per leeftijdsjaar).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1596"/>
        <source>{} locations with a hidden (suppressed) count, each taken as {}.</source>
        <translation>{} locaties met een geheimgehouden aantal, elk geteld als {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1605"/>
        <source>* Age groups unknown: counted as serving them (Reach settings).</source>
        <translation>* Leeftijdsgroepen onbekend: geteld als geschikt voor die leeftijden (Instellingen bereik).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1610"/>
        <source>A signal for conversation with residents, not a verdict.</source>
        <translation>Een signaal voor het gesprek met bewoners, geen oordeel.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1691"/>
        <source>Condition: choose 1 (very poor) to 5 (good).</source>
        <translation>Staat: kies 1 (zeer slecht) tot en met 5 (goed).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1693"/>
        <source>Age groups: choose yes, no or unknown.</source>
        <translation>Leeftijdsgroepen: kies ja, nee of onbekend.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1695"/>
        <source>Checklist: answer yes, partly or no ({}).</source>
        <translation>Checklist: antwoord ja, deels of nee ({}).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1697"/>
        <source>Residents&apos; rating: &apos;{}&apos; is not a number; type a number from 1 to 10, e.g. 7,5.</source>
        <translation>Rapportcijfer bewoners: '{}' is geen getal; typ een getal van 1 tot en met 10, bijv. 7,5.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1701"/>
        <source>Residents&apos; rating: {} lies outside 1 to 10 (the Dutch report-card scale).</source>
        <translation>Rapportcijfer bewoners: {} ligt buiten 1 tot en met 10 (de schaal van het rapportcijfer).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1705"/>
        <source>Last inspection: not a date.</source>
        <translation>Laatste inspectie: geen datum.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1707"/>
        <source>Last inspection: {} lies in the future.</source>
        <translation>Laatste inspectie: {} ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1709"/>
        <source>Last inspection: {} lies before 1950, probably a typing error.</source>
        <translation>Laatste inspectie: {} ligt vóór 1950, waarschijnlijk een typefout.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1713"/>
        <source>Assessor: say who made the assessment.</source>
        <translation>Beoordelaar: vul in wie de beoordeling heeft gedaan.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1715"/>
        <source>Assessor: the name is longer than 254 characters.</source>
        <translation>Beoordelaar: de naam is langer dan 254 tekens.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1737"/>
        <source>Not applied, please correct:</source>
        <translation>Niet toegepast; verbeter eerst:</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="426"/>
        <source>Maximum walking distance of the active norm</source>
        <translation>Maximale loopafstand van de actieve norm</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="426"/>
        <source>Children for whom this is the nearest playground for their age</source>
        <translation>Kinderen voor wie dit de dichtstbijzijnde speelplek voor hun leeftijd is</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="426"/>
        <source>Of them, children who live within the norm distance</source>
        <translation>Van hen: kinderen die binnen de normafstand wonen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="854"/>
        <source>Pick a playground in the list above, or on the map with the button next to the search field.</source>
        <translation>Kies een speelplek in de lijst hierboven, of op de kaart met de knop naast het zoekveld.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1234"/>
        <source>Layer '{}' is a Shapefile, whose field names are cut to 10 characters: save it as a GeoPackage (Export → Save Features As…) and assess that.</source>
        <translation>Laag '{}' is een shapefile, waarin veldnamen worden afgekapt op 10 tekens: sla de laag op als GeoPackage (Exporteren → Objecten opslaan als…) en beoordeel die.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1555"/>
        <source>Not a playground for this age group.</source>
        <translation>Geen speelplek voor deze leeftijdsgroep.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1566"/>
        <source>Children for whom this is the nearest playground for their age, and how many of them live within the norm.</source>
        <translation>Kinderen voor wie dit de dichtstbijzijnde speelplek voor hun leeftijd is, en hoeveel van hen binnen de norm wonen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1572"/>
        <source>— = not a playground for this age group.</source>
        <translation>— = geen speelplek voor deze leeftijdsgroep.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="876"/>
        <source>Playground {} of layer &apos;{}&apos; cannot be read at the moment (is the database reachable?). The form keeps what it shows.</source>
        <translation>Speelplek {} van laag '{}' kan op dit moment niet worden gelezen (is de database bereikbaar?). Het formulier houdt vast wat het toont.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1493"/>
        <source>playgrounds</source>
        <translation>speelplekken</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1830"/>
        <source>The assessment of {} has values that could not be applied (see the dock). Close QGIS and lose them?</source>
        <translation>De beoordeling van {} heeft waarden die niet konden worden toegepast (zie het paneel). QGIS afsluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1849"/>
        <source>The assessment of {} has values that are not applied. Save them to layer &apos;{}&apos; before QGIS closes?</source>
        <translation>De beoordeling van {} heeft waarden die niet zijn toegepast. Ze opslaan in laag '{}' voordat QGIS afsluit?</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1869"/>
        <source>The project is being closed. The assessment of {} has values that are not applied. Save them to layer &apos;{}&apos;?</source>
        <translation>Het project wordt gesloten. De beoordeling van {} heeft waarden die niet zijn toegepast. Ze opslaan in laag '{}'?</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/speelplek_dock.py" line="1883"/>
        <source>this playground</source>
        <translation>deze speelplek</translation>
    </message>
</context>
<context>
    <name>SpeelplekDockForm</name>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="58"/>
        <source>Playgrounds</source>
        <translation>Speelplekken</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="71"/>
        <source>The playground layer to assess (the place schema: age_0_5, condition, rating, …).</source>
        <translation>De laag met speelplekken om te beoordelen (het schema voor plekken: age_0_5, condition, rating, …).</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="136"/>
        <source>Pick a playground on the map</source>
        <translation>Kies een speelplek op de kaart</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="139"/>
        <source>Pick on map</source>
        <translation>Kies op kaart</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="111"/>
        <source>Add fields…</source>
        <translation>Velden toevoegen…</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="121"/>
        <source>Find a playground</source>
        <translation>Speelplek zoeken</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="129"/>
        <source>Name, type or source id</source>
        <translation>Naam, soort of bron-id</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="314"/>
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="166"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="176"/>
        <source>Inspection due</source>
        <translation>Inspectie nodig</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="179"/>
        <source>Only playgrounds without an inspection date or whose latest inspection is at least this many months ago (EN 1176-7: a main inspection every 12 months).</source>
        <translation>Alleen speelplekken zonder inspectiedatum of waarvan de laatste inspectie minstens zoveel maanden geleden is (EN 1176-7: elke 12 maanden een hoofdinspectie).</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="604"/>
        <source>Months after which an inspection is due</source>
        <translation>Aantal maanden waarna een inspectie nodig is</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="235"/>
        <source>Children it serves</source>
        <translation>Kinderen die ze bedient</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="270"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="321"/>
        <source>Condition on a 1-5 scale. The four-class field &apos;condition&apos; is set with it: 1-2 slecht, 3 matig, 4 redelijk, 5 goed.</source>
        <translation>Staat op een schaal van 1-5. Het veld 'condition' met vier klassen wordt ermee ingevuld: 1-2 slecht, 3 matig, 4 redelijk, 5 goed.</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="328"/>
        <source>Age groups</source>
        <translation>Leeftijdsgroepen</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="340"/>
        <source>0–5</source>
        <translation>0–5</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="347"/>
        <source>6–11</source>
        <translation>6–11</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="354"/>
        <source>12–17</source>
        <translation>12–17</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="372"/>
        <source>Residents&apos; rating</source>
        <translation>Rapportcijfer bewoners</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="379"/>
        <source>Residents&apos; rating on the Dutch 1-10 scale; empty when not asked.</source>
        <translation>Rapportcijfer van bewoners op de Nederlandse schaal van 1-10; leeg als er niet naar is gevraagd.</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="382"/>
        <source>1–10, e.g. 7,5 (empty: not asked)</source>
        <translation>1–10, bijv. 7,5 (leeg: niet gevraagd)</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="389"/>
        <source>Last inspection</source>
        <translation>Laatste inspectie</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="404"/>
        <source>Date of the latest safety inspection; empty when unknown.</source>
        <translation>Datum van de laatste veiligheidsinspectie; leeg als die onbekend is.</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="414"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="423"/>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="430"/>
        <source>Your name or team (required)</source>
        <translation>Uw naam of team (verplicht)</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="437"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="459"/>
        <source>&lt;b&gt;Inclusive play&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inclusief spelen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="499"/>
        <source>Write the assessment into the layer&apos;s edits (undo with Ctrl+Z); Save layer writes the edits to the file.</source>
        <translation>Schrijft de beoordeling in de bewerkingen van de laag (ongedaan maken met Ctrl+Z); Laag opslaan schrijft de bewerkingen naar het bestand.</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="502"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="509"/>
        <source>Save the layer&apos;s edits to its file or database.</source>
        <translation>Slaat de bewerkingen van de laag op in haar bestand of database.</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="512"/>
        <source>Save layer</source>
        <translation>Laag opslaan</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="294"/>
        <source>Show the playground&apos;s values from the layer again, dropping what was typed since.</source>
        <translation>Toont opnieuw de waarden van de speelplek uit de laag; wat sindsdien is getypt, vervalt.</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="531"/>
        <source>Reach settings</source>
        <translation>Instellingen bereik</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="545"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="552"/>
        <source>Layer with children per location: the CBS 100 m grid (aantal_inwoners_0_tot_15_jaar and 15_tot_25_jaar, split into age groups) or counts per age group (residents_0_5, residents_6_11, residents_12_17).</source>
        <translation>Laag met kinderen per locatie: het CBS-raster van 100 m (aantal_inwoners_0_tot_15_jaar en 15_tot_25_jaar, verdeeld over leeftijdsgroepen) of aantallen per leeftijdsgroep (residents_0_5, residents_6_11, residents_12_17).</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="559"/>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="569"/>
        <source>Walking network</source>
        <translation>Loopnetwerk</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="576"/>
        <source>Street/path lines for walking distances; empty: straight-line distances.</source>
        <translation>Lijnen van straten en paden voor loopafstanden; leeg: hemelsbrede afstanden.</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="583"/>
        <source>Unknown ages</source>
        <translation>Onbekende leeftijden</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="590"/>
        <source>What an empty age field means (BGT play equipment has no age groups).</source>
        <translation>Wat een leeg leeftijdsveld betekent (BGT-speeltoestellen hebben geen leeftijdsgroepen).</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="297"/>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../forms/speelplek_dock.ui" line="597"/>
        <source>Inspection interval</source>
        <translation>Inspectie-interval</translation>
    </message>
</context>
<context>
    <name>TrainLonelinessModelAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="95"/>
        <source>Train loneliness model</source>
        <translation>Eenzaamheidsmodel trainen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="251"/>
        <source>Training areas</source>
        <translation>Trainingsgebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="120"/>
        <source>Areas (or a table) with measured loneliness and CBS figures, e.g. all wijken of the country joined with RIVM figures.</source>
        <translation>Gebieden (of een tabel) met gemeten eenzaamheid en CBS-cijfers, bijv. alle wijken van Nederland gekoppeld aan de RIVM-cijfers.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="127"/>
        <source>Measured loneliness field</source>
        <translation>Veld met gemeten eenzaamheid</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="130"/>
        <source>The target in % of residents; empty values are left out.</source>
        <translation>De doelwaarde in % van de inwoners; lege waarden worden weggelaten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="132"/>
        <source>Predictor fields</source>
        <translation>Velden met voorspellers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="139"/>
        <source>CBS figures that explain loneliness (shares by age, household size, density, income, ...). Every layer the model is applied to needs the same fields.</source>
        <translation>CBS-cijfers die eenzaamheid verklaren (aandelen naar leeftijd, huishoudensgrootte, dichtheid, inkomen, ...). Elke laag waarop het model wordt toegepast, heeft dezelfde velden nodig.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="146"/>
        <source>Group field (gemeente)</source>
        <translation>Groepsveld (gemeente)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="149"/>
        <source>Areas of one group are never split between training and test (no leakage between neighbouring areas of one gemeente). At least as many groups as folds.</source>
        <translation>Gebieden van één groep worden nooit verdeeld over training en test (geen lekkage tussen naburige gebieden van één gemeente). Ten minste zoveel groepen als folds.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="156"/>
        <source>Area code field (for the report)</source>
        <translation>Veld met gebiedscode (voor het rapport)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="160"/>
        <source>Names the areas in the out-of-fold table of the report.</source>
        <translation>Geeft de namen van de gebieden in de out-of-fold-tabel van het rapport.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="163"/>
        <source>Seed</source>
        <translation>Seed (startwaarde)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="166"/>
        <source>Fixes the fold assignment and the model: same seed, same results.</source>
        <translation>Legt de verdeling over de folds en het model vast: zelfde seed, zelfde uitkomst.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="168"/>
        <source>Cross-validation folds</source>
        <translation>Aantal folds voor de kruisvalidatie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="176"/>
        <source>Number of folds of the grouped cross-validation.</source>
        <translation>Aantal folds van de gegroepeerde kruisvalidatie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="178"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="178"/>
        <source>Gradient boosting (trees)</source>
        <translation>Gradient boosting (bomen)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="178"/>
        <source>Ridge regression (linear)</source>
        <translation>Ridge-regressie (lineair)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="184"/>
        <source>Gradient boosting captures non-linear effects; ridge is simpler to read. The report compares the chosen model with ridge in any case.</source>
        <translation>Gradient boosting vangt niet-lineaire effecten; ridge is eenvoudiger te lezen. Het rapport vergelijkt het gekozen model hoe dan ook met ridge.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="192"/>
        <source>Interval level</source>
        <translation>Niveau van het interval</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="200"/>
        <source>Share of areas the interval should cover (0.9 = 90%).</source>
        <translation>Aandeel van de gebieden dat binnen het interval moet vallen (0,9 = 90%).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="204"/>
        <source>Empty predictor values</source>
        <translation>Lege waarden van voorspellers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="204"/>
        <source>Replace by the training median (flagged)</source>
        <translation>Vervangen door de mediaan van de training (gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="204"/>
        <source>Leave such areas out</source>
        <translation>Zulke gebieden weglaten</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="204"/>
        <source>Stop with an error</source>
        <translation>Stoppen met een foutmelding</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="214"/>
        <source>What to do with training areas that lack a predictor value.</source>
        <translation>Wat te doen met trainingsgebieden waarvan een voorspeller geen waarde heeft.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="217"/>
        <source>Minimum number of training areas</source>
        <translation>Minimum aantal trainingsgebieden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="224"/>
        <source>Fewer areas with a measured value than this: no model.</source>
        <translation>Minder gebieden met een gemeten waarde dan dit: geen model.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="227"/>
        <source>Model file</source>
        <translation>Modelbestand</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="227"/>
        <source>Loneliness model (*.pkl)</source>
        <translation>Eenzaamheidsmodel (*.pkl)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="230"/>
        <source>The model (.pkl) is written with a readable description (.json) and the report (_report.md, _report.json) next to it.</source>
        <translation>Het model (.pkl) wordt weggeschreven met een leesbare beschrijving (.json) en het rapport (_report.md, _report.json) ernaast.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="237"/>
        <source>Areas with out-of-fold estimates</source>
        <translation>Gebieden met out-of-fold-schattingen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="244"/>
        <source>The training areas with the estimate the model made without seeing their gemeente: estimate, lower, upper, residual, cv_fold, covered.</source>
        <translation>De trainingsgebieden met de schatting die het model maakte zonder hun gemeente te zien: estimate, lower, upper, residual, cv_fold, covered.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="251"/>
        <source>R² (held-out gemeenten)</source>
        <translation>R² (achtergehouden gemeenten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="251"/>
        <source>Mean absolute error (percentage points)</source>
        <translation>Gemiddelde absolute fout (procentpunten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="251"/>
        <source>Spearman rank correlation</source>
        <translation>Spearman-rangcorrelatie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="251"/>
        <source>Interval coverage (held-out gemeenten)</source>
        <translation>Dekking van het interval (achtergehouden gemeenten)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="259"/>
        <source>Report (Markdown)</source>
        <translation>Rapport (Markdown)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="260"/>
        <source>Report (JSON)</source>
        <translation>Rapport (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="282"/>
        <source>Give a file for the model (MODEL).</source>
        <translation>Geef een bestand op voor het model (MODEL).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="284"/>
        <source>Choose at least one predictor field.</source>
        <translation>Kies ten minste één veld met een voorspeller.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="289"/>
        <source>Layer &apos;{}&apos; has no field(s) {}.</source>
        <translation>Laag '{}' heeft geen veld(en) {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="298"/>
        <source>Cancelled: no output was written.</source>
        <translation>Geannuleerd: er is geen uitvoer geschreven.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="301"/>
        <source>Training {} on {} areas, grouped {}-fold cross-validation by '{}'…</source>
        <translation>{} trainen op {} gebieden, gegroepeerde {}-voudige kruisvalidatie op '{}'…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="323"/>
        <source>Layer &apos;{}&apos;: {}</source>
        <translation>Laag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="331"/>
        <source>{} training areas in {} groups: R² {:.3f}, MAE {:.2f} pp, Spearman ρ {:.3f}, {:.0f}% interval ±{:.2f} pp covers {:.1%} of held-out areas.</source>
        <translation>{} trainingsgebieden in {} groepen: R² {:.3f}, MAE {:.2f} procentpunt, Spearman ρ {:.3f}; het {:.0f}%-interval ±{:.2f} procentpunt dekt {:.1%} van de achtergehouden gebieden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="347"/>
        <source>Baseline {}: R² {:.3f}, MAE {:.2f} pp, Spearman ρ {:.3f}.</source>
        <translation>Referentiemodel {}: R² {:.3f}, MAE {:.2f} procentpunt, Spearman ρ {:.3f}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="361"/>
        <source>field &apos;{}&apos; of layer &apos;{}&apos;</source>
        <translation>veld '{}' van laag '{}'</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="370"/>
        <source>Model: {}; report: {}.</source>
        <translation>Model: {}; rapport: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="397"/>
        <source>Not used for training (no measured value or a predictor missing).</source>
        <translation>Niet gebruikt voor de training (geen gemeten waarde of een voorspeller ontbreekt).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="397"/>
        <source>Out-of-fold estimate: made by a model that did not see this area&apos;s group.</source>
        <translation>Out-of-fold-schatting: gemaakt door een model dat de groep van dit gebied niet heeft gezien.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_model.py" line="98"/>
        <source>Learns measured loneliness (e.g. RIVM 'Eenzaam' 18+ per wijk) from CBS figures, so it can be estimated where it is not measured or not published.

In: areas with the measured target (areas without a value are left out and counted), the predictor fields, and a group field (gemeente code).
Method: scikit-learn gradient boosting (or ridge regression), validated by grouped K-fold cross-validation: all areas of one gemeente are in the same fold, so the model is always tested on gemeenten it has not seen. A ridge regression on the same predictors is validated under the same folds as a baseline. The 90% interval is split-conformal (from the out-of-fold errors); its coverage on held-out gemeenten is reported. Same seed, same data: same model.
Out: the model file (.pkl with a .json description next to it), a report (named after the model file + _report, .md and .json: R², MAE in percentage points, Spearman ρ, coverage, the baseline and by how much the model beats it, training ranges) and optionally the areas with their out-of-fold estimate, interval and residual.

</source>
        <translation>Leert gemeten eenzaamheid (bijv. RIVM 'Eenzaam' 18+ per wijk) uit CBS-cijfers, zodat die geschat kan worden waar zij niet gemeten of niet gepubliceerd is.

Invoer: gebieden met de gemeten doelwaarde (gebieden zonder waarde worden weggelaten en geteld), de velden met voorspellers en een groepsveld (gemeentecode).
Methode: gradient boosting uit scikit-learn (of ridge-regressie), gevalideerd met gegroepeerde K-voudige kruisvalidatie: alle gebieden van één gemeente zitten in dezelfde fold, zodat het model altijd wordt getest op gemeenten die het niet heeft gezien. Als referentiemodel wordt een ridge-regressie op dezelfde voorspellers met dezelfde folds gevalideerd. Het 90%-interval is split-conformal (uit de out-of-fold-fouten); de dekking ervan op achtergehouden gemeenten wordt gerapporteerd. Zelfde seed, zelfde gegevens: zelfde model.
Uitvoer: het modelbestand (.pkl met een beschrijving in .json ernaast), een rapport (genoemd naar het modelbestand + _report, .md en .json: R², MAE in procentpunten, Spearman ρ, dekking, het referentiemodel en hoeveel beter het model is, trainingsbereiken) en optioneel de gebieden met hun out-of-fold-schatting, interval en residu.

</translation>
    </message>
</context>
<context>
    <name>Wijkaanpak</name>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="72"/>
        <source>Indicator definition file (JSON)</source>
        <translation>Indicatorbestand (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="85"/>
        <source>Reference areas (filter expression)</source>
        <translation>Referentiegebieden (filterexpressie)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="186"/>
        <source>The reference expression &apos;{}&apos; is not valid: {}</source>
        <translation>De referentie-expressie '{}' is niet geldig: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="198"/>
        <source>The reference expression &apos;{}&apos; uses field {} that layer &apos;{}&apos; does not have. Available fields: {}.</source>
        <translation>De referentie-expressie '{}' gebruikt veld {}, dat laag '{}' niet heeft. Beschikbare velden: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="207"/>
        <source>The reference expression &apos;{}&apos; selects no area of layer &apos;{}&apos;. Leave it empty to use all areas as the reference.</source>
        <translation>De referentie-expressie '{}' kiest geen enkel gebied van laag '{}'. Laat haar leeg om alle gebieden als referentie te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="249"/>
        <source>Fields replaced by the new results: {}.</source>
        <translation>Velden vervangen door de nieuwe uitkomsten: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="273"/>
        <source>Layer &apos;{}&apos;: {}</source>
        <translation>Laag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="51"/>
        <source>This layer is a signal for conversation with residents, not a verdict on a neighbourhood.</source>
        <translation>Deze laag is een signaal voor het gesprek met bewoners, geen oordeel over een wijk.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="679"/>
        <source>{} failed: {}. No output was written. Details are in the log.</source>
        <translation>{} is mislukt: {}. Er is geen uitvoer geschreven. Details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="327"/>
        <source>Network layer &apos;{}&apos; has no lines.</source>
        <translation>Netwerklaag '{}' heeft geen lijnen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="339"/>
        <source>Network layer &apos;{}&apos;: field &apos;{}&apos; must hold numbers (one-way: 1 = only in digitised direction, -1 = only against it, 0 or empty = both ways; barrier: 1 = not walkable, 0 or empty = walkable); found &apos;{}&apos;.</source>
        <translation>Netwerklaag '{}': veld '{}' moet getallen bevatten (eenrichting: 1 = alleen in de digitaliseerrichting, -1 = alleen daartegenin, 0 of leeg = beide richtingen; barrière: 1 = niet begaanbaar, 0 of leeg = begaanbaar); gevonden: '{}'.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="353"/>
        <source>Network layer &apos;{}&apos;: {}</source>
        <translation>Netwerklaag '{}': {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="54"/>
        <source>Maximum distance from a point to the network (m)</source>
        <translation>Maximale afstand van een punt tot het netwerk (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="61"/>
        <source>Points farther from every line are not attached to the network: they are reported (field snapped = 0) and count as not reached, never silently snapped to a road far away.</source>
        <translation>Punten die verder van elke lijn liggen, worden niet aan het netwerk gekoppeld: ze worden gemeld (veld snapped = 0) en tellen als niet bereikt, in plaats van stilzwijgend aan een verre weg te worden gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="70"/>
        <source>One-way field</source>
        <translation>Veld eenrichting</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="78"/>
        <source>1 = walkable only in the digitised direction, -1 = only against it, 0 or empty = both ways.</source>
        <translation>1 = alleen begaanbaar in de digitaliseerrichting, -1 = alleen daartegenin, 0 of leeg = beide richtingen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="86"/>
        <source>Barrier field</source>
        <translation>Veld barrière</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="94"/>
        <source>1 = not walkable (e.g. a motorway), 0 or empty = walkable.</source>
        <translation>1 = niet begaanbaar (bijv. een snelweg), 0 of leeg = begaanbaar.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="100"/>
        <source>Detour factor for straight-line distances</source>
        <translation>Omwegfactor voor hemelsbrede afstanden</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="107"/>
        <source>Straight-line distances are multiplied by this factor to approximate walking (e.g. 1.3). 1 = plain straight line. Not used with a network. Every output states it in the field distance_type.</source>
        <translation>Hemelsbrede afstanden worden met deze factor vermenigvuldigd om de loopafstand te benaderen (bijv. 1,3). 1 = gewoon hemelsbreed. Niet gebruikt met een netwerk. Elke uitvoer vermeldt de factor in het veld distance_type.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="122"/>
        <source>Parameter &apos;Detour factor&apos; (DETOUR_FACTOR) is {} but a network is given: a detour factor applies to straight-line distances only. Set it to 1.</source>
        <translation>Parameter 'Omwegfactor' (DETOUR_FACTOR) is {}, maar er is een netwerk opgegeven: een omwegfactor geldt alleen voor hemelsbrede afstanden. Zet hem op 1.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="66"/>
        <source>Layer &apos;{}&apos; has no features.</source>
        <translation>Laag '{}' heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="96"/>
        <source>No population field: the minimum-population rule is switched off, so small areas are not protected.</source>
        <translation>Geen veld met aantal inwoners: de regel van het minimum aantal inwoners staat uit, dus kleine gebieden worden niet beschermd.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/loneliness_measured.py" line="104"/>
        <source>Layer &apos;{}&apos; has no population field &apos;{}&apos;. Choose the field with the number of residents, or leave it empty to switch the minimum-population rule off.</source>
        <translation>Laag '{}' heeft geen veld met aantal inwoners '{}'. Kies het veld met het aantal inwoners, of laat het leeg om de regel van het minimum aantal inwoners uit te zetten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="85"/>
        <source>Field mapping entry &apos;{}&apos; is not of the form schema_field=source_field.</source>
        <translation>Veldkoppeling '{}' heeft niet de vorm schemaveld=bronveld.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="873"/>
        <source>Checked {} source features: {} errors, {} warnings.</source>
        <translation>{} bronobjecten gecontroleerd: {} fouten, {} waarschuwingen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="289"/>
        <source>Indicator definition: {}</source>
        <translation>Indicatorbestand: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="290"/>
        <source>Reading areas…</source>
        <translation>Gebieden inlezen…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="295"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos;.</source>
        <translation>Laag '{}' heeft geen veld '{}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="94"/>
        <source>Allow ambitions without data (total over the other ambitions)</source>
        <translation>Ambities zonder gegevens toestaan (totaal over de overige ambities)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="99"/>
        <source>An ambition none of whose indicators has a value in this layer (fields absent, empty or suppressed) cannot be scored. By default the algorithm then stops: a total without that ambition is not the total of the definition. Tick this to compute the total, the need (and a ranking) on the ambitions that do have data; the log and the fields ambitions_in_total and ambitions_missing then say which ambitions they rest on.</source>
        <translation>Een ambitie waarvan geen enkele indicator een waarde heeft in deze laag (velden ontbreken, zijn leeg of geheimgehouden), kan geen score krijgen. Standaard stopt het algoritme dan: een totaal zonder die ambitie is niet het totaal uit het indicatorbestand. Vink dit aan om het totaal, de opgave (en een rangorde) te berekenen op de ambities die wel gegevens hebben; het logboek en de velden ambitions_in_total en ambitions_missing zeggen dan op welke ambities ze berusten.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="115"/>
        <source>Layer &apos;{}&apos;: {} of {} ambitions of the indicator definition have no usable indicator: {}. Every total would silently leave them out, so nothing was written. Add the fields, use a definition file without these ambitions, or tick &apos;Allow ambitions without data&apos; (ALLOW_MISSING_AMBITIONS) to compute the total on the other ambitions.</source>
        <translation>Laag '{}': {} van {} ambities uit het indicatorbestand hebben geen bruikbare indicator: {}. Elk totaal zou ze stilzwijgend weglaten, dus er is niets geschreven. Voeg de velden toe, gebruik een indicatorbestand zonder deze ambities, of vink 'Ambities zonder gegevens toestaan' (ALLOW_MISSING_AMBITIONS) aan om het totaal over de overige ambities te berekenen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="135"/>
        <source>Indicators used ({} of {}): {}.</source>
        <translation>Gebruikte indicatoren ({} van {}): {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="141"/>
        <source>Indicators not used ({} of {}): {} (reasons above).</source>
        <translation>Niet gebruikte indicatoren ({} van {}): {} (redenen hierboven).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="146"/>
        <source>Ambitions in the total ({} of {}): {}.</source>
        <translation>Ambities in het totaal ({} van {}): {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/ambition_scores.py" line="152"/>
        <source>Ambitions left out of the total ({} of {}): {}, allowed by &apos;Allow ambitions without data&apos;. The total score and the need cover {} only (fields ambitions_in_total and ambitions_missing).</source>
        <translation>Ambities weggelaten uit het totaal ({} van {}): {}, toegestaan met 'Ambities zonder gegevens toestaan'. De totaalscore en de opgave omvatten alleen {} (velden ambitions_in_total en ambitions_missing).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_inventory.py" line="867"/>
        <source>{} without a value</source>
        <translation>{} zonder waarde</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="97"/>
        <source>Layer &apos;{}&apos;: {} {} without a usable geometry (empty, or coordinates that are not numbers or cannot be transformed to EPSG:28992) were left out (first feature ids: {}).</source>
        <translation>Laag '{}': {} {} zonder bruikbare geometrie (leeg, of met coördinaten die geen getal zijn of niet naar EPSG:28992 kunnen worden omgezet) zijn weggelaten (eerste object-id's: {}).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="356"/>
        <source>Network &apos;{}&apos;: {} segments, {} nodes, {:.1f} km, {} connected parts; {} barrier lines left out, {} empty or one-vertex lines skipped, {} lines with invalid coordinates skipped, {} zero-length segments (shorter than the 0.1 m snapping tolerance) not used.</source>
        <translation>Netwerk '{}': {} segmenten, {} knopen, {:.1f} km, {} samenhangende delen; {} barrièrelijnen weggelaten, {} lege lijnen of lijnen met één hoekpunt overgeslagen, {} lijnen met ongeldige coördinaten overgeslagen, {} segmenten met lengte nul (korter dan de koppeltolerantie van 0,1 m) niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="382"/>
        <source>Network layer &apos;{}&apos;: {} empty or one-vertex lines were skipped (feature ids: {}).</source>
        <translation>Netwerklaag '{}': {} lege lijnen of lijnen met één hoekpunt zijn overgeslagen (object-id's: {}).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="389"/>
        <source>Network layer &apos;{}&apos;: {} lines with invalid coordinates (not a number or infinite, e.g. from a coordinate reference system that could not be transformed) were skipped (feature ids: {}).</source>
        <translation>Netwerklaag '{}': {} lijnen met ongeldige coördinaten (geen getal of oneindig, bijv. door een coördinatenreferentiesysteem dat niet kon worden omgezet) zijn overgeslagen (object-id's: {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="42"/>
        <source>Any line layer. With a network, distances are walking distances along it: every vertex is a node, lines meeting within 0.1 m are joined, and the straight leg from a point to the nearest spot on the network counts too. Without one, straight-line distances are used. Broken lines are skipped and counted in the log with their feature ids (no geometry, one vertex, coordinates that are not numbers); zero-length lines are not used for attaching points.</source>
        <translation>Elke lijnenlaag. Met een netwerk zijn afstanden loopafstanden langs het netwerk: elk hoekpunt is een knoop, lijnen die elkaar binnen 0,1 m raken worden verbonden, en het rechte stuk van een punt naar de dichtstbijzijnde plek op het netwerk telt ook mee. Zonder netwerk worden hemelsbrede afstanden gebruikt. Kapotte lijnen worden overgeslagen en met hun object-id's geteld in het logboek (geen geometrie, één hoekpunt, coördinaten die geen getal zijn); lijnen met lengte nul worden niet gebruikt om punten aan het netwerk te koppelen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="159"/>
        <source>Population layer &apos;{}&apos; has no features.</source>
        <translation>Bevolkingslaag '{}' heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="162"/>
        <source>population features</source>
        <translation>bevolkingsobjecten</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="164"/>
        <source>Population layer &apos;{}&apos; has no feature with a geometry.</source>
        <translation>Bevolkingslaag '{}' heeft geen object met een geometrie.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="199"/>
        <source>addresses</source>
        <translation>adressen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="205"/>
        <source>Address layer &apos;{}&apos;: {} addresses have no value in field &apos;{}&apos;; they get no residents.</source>
        <translation>Adreslaag '{}': {} adressen hebben geen waarde in veld '{}'; ze krijgen geen inwoners.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="236"/>
        <source>Layer &apos;{}&apos; has no {} with a geometry.</source>
        <translation>Laag '{}' heeft geen {} met een geometrie.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="276"/>
        <source>areas</source>
        <translation>gebieden</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="278"/>
        <source>Area layer &apos;{}&apos; has no polygons.</source>
        <translation>Gebiedslaag '{}' heeft geen vlakken.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="284"/>
        <source>Area layer &apos;{}&apos;: feature {} has no code in field &apos;{}&apos;.</source>
        <translation>Gebiedslaag '{}': object {} heeft geen code in veld '{}'.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="291"/>
        <source>Area layer &apos;{}&apos;: code &apos;{}&apos; in field &apos;{}&apos; occurs more than once; each area needs its own code.</source>
        <translation>Gebiedslaag '{}': code '{}' in veld '{}' komt meer dan eens voor; elk gebied heeft een eigen code nodig.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="513"/>
        <source>Choose a playground layer.</source>
        <translation>Kies een laag met speelplekken.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="449"/>
        <source>Choose a population layer.</source>
        <translation>Kies een bevolkingslaag.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="514"/>
        <source>playgrounds</source>
        <translation>speelplekken</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="523"/>
        <source>meeting places</source>
        <translation>ontmoetingsplekken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="57"/>
        <source>Its results are a signal for conversation with residents, not a verdict on a neighbourhood.</source>
        <translation>De uitkomsten zijn een signaal voor het gesprek met bewoners, geen oordeel over een wijk.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reach_parameters.py" line="36"/>
        <source>Street / footpath network</source>
        <translation>Straten- en voetpadennetwerk</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="207"/>
        <source>Layer &apos;{}&apos; has no wijkcode, buurtcode or grid-cell code field: the atlas needs the areas as the Rank areas algorithm writes them.</source>
        <translation>Laag '{}' heeft geen veld met wijkcode, buurtcode of code van een rastercel: de atlas heeft de gebieden nodig zoals het algoritme Gebieden rangschikken ze schrijft.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="244"/>
        <source>Layer &apos;{}&apos; has no areas.</source>
        <translation>Laag '{}' heeft geen gebieden.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="826"/>
        <source>The atlas template could not be read: {}</source>
        <translation>Het sjabloon van de atlas kon niet worden gelezen: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="960"/>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="961"/>
        <source>There was not enough memory to render a page (try a smaller map or fewer areas per PDF).</source>
        <translation>Er was niet genoeg geheugen om een pagina te tekenen (probeer een kleinere kaart of minder gebieden per PDF).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="966"/>
        <source>The file {} could not be written: the folder does not exist or is not writable, or the file is open in another program.</source>
        <translation>Het bestand {} kon niet worden geschreven: de map bestaat niet of is niet beschrijfbaar, of het bestand is geopend in een ander programma.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="971"/>
        <source>The PDF {} could not be written (print error): check that the folder is writable, the file is not open in another program and the disk is not full.</source>
        <translation>De PDF {} kon niet worden geschreven (afdrukfout): controleer of de map beschrijfbaar is, het bestand niet in een ander programma geopend is en de schijf niet vol is.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="976"/>
        <source>A map layer could not be exported.</source>
        <translation>Een kaartlaag kon niet worden geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="977"/>
        <source>The atlas could not step through the areas (check the areas layer).</source>
        <translation>De atlas kon de gebieden niet doorlopen (controleer de gebiedslaag).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="990"/>
        <source>The export failed with code {}.</source>
        <translation>De export is mislukt met code {}.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="1096"/>
        <source>The export was cancelled: no PDF was written.</source>
        <translation>De export is geannuleerd: er is geen PDF geschreven.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/atlas.py" line="1111"/>
        <source>The atlas export failed: {}</source>
        <translation>De export van de atlas is mislukt: {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/reach_inputs.py" line="266"/>
        <source>Area layer &apos;{}&apos;: {} area(s) are not valid polygons (e.g. a boundary that crosses itself), so residents in them may be counted in no area: feature ids {}. Repair them with &apos;Fix geometries&apos; and run again.</source>
        <translation>Gebiedslaag '{}': {} gebied(en) zijn geen geldige vlakken (bijv. een grens die zichzelf snijdt), dus inwoners daarin worden mogelijk in geen enkel gebied geteld: object-id's {}. Herstel ze met 'Geometrieën repareren' en voer het opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="348"/>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="349"/>
        <source>lines</source>
        <translation>lijnen</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="350"/>
        <source>polygons</source>
        <translation>vlakken</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="351"/>
        <source>no geometry (a table)</source>
        <translation>geen geometrie (een tabel)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="388"/>
        <source>File &apos;{}&apos; ({}) does not exist.</source>
        <translation>Bestand '{}' ({}) bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="403"/>
        <source>Layer &apos;{}&apos; has {}, but {} takes {}.</source>
        <translation>Laag '{}' heeft {}, maar {} vraagt {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="403"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="638"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos; ({}). Its fields: {}.</source>
        <translation>Laag '{}' heeft geen veld '{}' ({}). De velden zijn: {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="447"/>
        <source>Layer &apos;{}&apos;: field &apos;{}&apos; ({}) holds {}, not numbers; choose a field with numbers.</source>
        <translation>Laag '{}': veld '{}' ({}) bevat {}, geen getallen; kies een veld met getallen.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="467"/>
        <source>The expression &apos;{}&apos; ({}) is not valid: {}</source>
        <translation>De expressie '{}' ({}) is niet geldig: {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="479"/>
        <source>The expression &apos;{}&apos; ({}) uses field {} that layer &apos;{}&apos; does not have.</source>
        <translation>De expressie '{}' ({}) gebruikt veld {}, dat laag '{}' niet heeft.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="631"/>
        <source>Choose a field of layer &apos;{}&apos; for {}.</source>
        <translation>Kies een veld van laag '{}' voor {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="286"/>
        <source>given</source>
        <translation>opgegeven</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="288"/>
        <source>Year of the CBS figures: kept in the areas&apos; field &apos;{}&apos;.</source>
        <translation>Jaar van de CBS-cijfers: bewaard in het veld '{}' van de gebieden.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="298"/>
        <source>the name of layer &apos;{}&apos;</source>
        <translation>de naam van laag '{}'</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="300"/>
        <source>No year of the CBS figures found (no field jaarstatcode or jaar, no year in the layer's name): the wijkprofiel dock will show '–' as their year.</source>
        <translation>Geen jaar van de CBS-cijfers gevonden (geen veld jaarstatcode of jaar, geen jaartal in de laagnaam): het paneel Wijkprofiel toont '–' als hun jaar.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_figures.py" line="310"/>
        <source>Year of the CBS figures: {} (from {}), in field &apos;{}&apos;.</source>
        <translation>Jaar van de CBS-cijfers: {} (uit {}), in veld '{}'.</translation>
    </message>
</context>
<context>
    <name>WijkaanpakAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="561"/>
        <source>1 · Inventories and figures</source>
        <translation>1 · Inventarisaties en cijfers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="562"/>
        <source>2 · Reach</source>
        <translation>2 · Bereik</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="563"/>
        <source>3 · Loneliness</source>
        <translation>3 · Eenzaamheid</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="564"/>
        <source>4 · Ambitions and wijkagenda</source>
        <translation>4 · Ambities en wijkagenda</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="654"/>
        <source>Cancelled: no output was written.</source>
        <translation>Geannuleerd: er is geen uitvoer geschreven.</translation>
    </message>
</context>
<context>
    <name>WijkaanpakPlugin</name>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="97"/>
        <source>Wijkaanpak algorithms…</source>
        <translation>Wijkaanpak-algoritmen…</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="360"/>
        <source>{} algorithm(s) could not be loaded and are missing from the Processing Toolbox: {}. A package that is not installed must be installed into the Python that QGIS uses (then restart QGIS); details are in the log panel (Wijkaanpak).</source>
        <translation>{} algoritme(n) konden niet worden geladen en ontbreken in de Processing Toolbox: {}. Een pakket dat niet is geïnstalleerd, moet worden geïnstalleerd in de Python die QGIS gebruikt (start QGIS daarna opnieuw); details staan in het paneel Logberichten (Wijkaanpak).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="87"/>
        <source>Wijkaanpak</source>
        <translation>Wijkaanpak</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="89"/>
        <source>Wijkaanpak: wijkprofiel, playground assessment, gaps</source>
        <translation>Wijkaanpak: wijkprofiel, beoordeling van speelplekken, witte vlekken</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="121"/>
        <source>{} could not be loaded and is left out: {} (details in the log panel).</source>
        <translation>{} kon niet worden geladen en is weggelaten: {} (details in het paneel Logberichten).</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="144"/>
        <source>The wijkprofiel dock</source>
        <translation>Het paneel Wijkprofiel</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="154"/>
        <source>Wijkprofiel</source>
        <translation>Wijkprofiel</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="154"/>
        <source>Wijkprofiel: the profile of a wijk, buurt or grid cell (click or search)</source>
        <translation>Wijkprofiel: het profiel van een wijk, buurt of rastercel (klik of zoek)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="162"/>
        <source>The playground assessment dock</source>
        <translation>Het paneel Beoordeling speelplek</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="175"/>
        <source>Speelplek beoordelen</source>
        <translation>Speelplek beoordelen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="175"/>
        <source>Assess a playground: condition, age groups, inclusiveness, inspection</source>
        <translation>Een speelplek beoordelen: staat, leeftijdsgroepen, inclusiviteit, inspectie</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="202"/>
        <source>The map tool &apos;Why is this a gap?&apos;</source>
        <translation>Het kaartgereedschap 'Waarom een gat?'</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="213"/>
        <source>Waarom een gat?</source>
        <translation>Waarom een gat?</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="220"/>
        <source>Why is this a gap? Click a house, address or grid cell: the way to the nearest suitable playground per age group and to the nearest meeting place, against the active norm</source>
        <translation>Waarom een gat? Klik op een huis, adres of rastercel: de weg naar de dichtstbijzijnde geschikte speelplek per leeftijdsgroep en naar de dichtstbijzijnde ontmoetingsplek, getoetst aan de actieve norm</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="251"/>
        <source>Why is this a gap?</source>
        <translation>Waarom een gat?</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="316"/>
        <source>The list of norms</source>
        <translation>De lijst met normen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="320"/>
        <source>Active walking-distance norm: used by &apos;Why is this a gap?&apos; and the docks</source>
        <translation>Actieve loopafstandsnorm: gebruikt door 'Waarom een gat?' en de panelen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="183"/>
        <source>The scenario dock</source>
        <translation>Het paneel Scenario</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="193"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="193"/>
        <source>Try a place: add, move or remove a playground or meeting place and see who comes within the norm or drops out, per area and in the ranking</source>
        <translation>Probeer een plek: voeg een speelplek of ontmoetingsplek toe, verplaats of verwijder er een, en zie wie binnen de norm komt of erbuiten valt, per gebied en in de rangorde</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="393"/>
        <source>Wijkatlas exporteren</source>
        <translation>Wijkatlas exporteren</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/plugin.py" line="380"/>
        <source>Export the council atlas (PDF): cover, overview, a page per area, method</source>
        <translation>De raadsatlas exporteren (PDF): voorblad, overzicht, een pagina per gebied, methode</translation>
    </message>
</context>
<context>
    <name>WijkaanpakProvider</name>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="170"/>
        <source>Wijkaanpak: integrated neighbourhood approach</source>
        <translation>Wijkaanpak: integrale wijkaanpak</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="101"/>
        <source>{} is not installed</source>
        <translation>{} is niet geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="109"/>
        <source>a file of the plugin is missing ({})</source>
        <translation>een bestand van de plugin ontbreekt ({})</translation>
    </message>
</context>
<context>
    <name>WijkprofielDock</name>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1457"/>
        <source>Wijkprofiel</source>
        <translation>Wijkprofiel</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="998"/>
        <source>Click an area on the map</source>
        <translation>Klik op een gebied op de kaart</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="999"/>
        <source>Save the profile as an image (PNG)</source>
        <translation>Het profiel opslaan als afbeelding (PNG)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1000"/>
        <source>Save the profile as an HTML fragment (for a report or intranet page)</source>
        <translation>Het profiel opslaan als HTML-fragment (voor een rapport of intranetpagina)</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1003"/>
        <source>No layer of areas chosen yet.</source>
        <translation>Nog geen laag met gebieden gekozen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1026"/>
        <source>Select a layer of wijken, buurten or 100 m cells (for example a ranking or reach output) in the Layers panel, then click an area on the map or type its name.</source>
        <translation>Selecteer in het paneel Lagen een laag met wijken, buurten of cellen van 100 m (bijvoorbeeld uitvoer van de rangschikking of de bereikanalyse) en klik dan op een gebied op de kaart of typ de naam ervan.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1050"/>
        <source>Search an area by name or code</source>
        <translation>Zoek een gebied op naam of code</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1110"/>
        <source>The area layer was removed from the project.</source>
        <translation>De gebiedslaag is uit het project verwijderd.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1149"/>
        <source>The active layer &apos;{}&apos; has no areas (no field wijkcode, buurtcode or c28992r100): showing the areas of &apos;{}&apos;.</source>
        <translation>De actieve laag '{}' heeft geen gebieden (geen veld wijkcode, buurtcode of c28992r100): de gebieden van '{}' worden getoond.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1166"/>
        <source>{} wijken</source>
        <translation>{} wijken</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1167"/>
        <source>{} buurten</source>
        <translation>{} buurten</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1168"/>
        <source>{} grid cells</source>
        <translation>{} rastercellen</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1170"/>
        <source>Areas of &apos;{}&apos;: {}</source>
        <translation>Gebieden van '{}': {}</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1171"/>
        <source>The active layer sets the areas; the other layers of the project at the same level add the figures they have.</source>
        <translation>De actieve laag bepaalt de gebieden; de andere lagen van het project op hetzelfde niveau vullen aan met de cijfers die ze hebben.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1189"/>
        <source>Click an area on the map (map tool button) or type its name or code.</source>
        <translation>Klik op een gebied op de kaart (knop voor het kaartgereedschap) of typ de naam of code ervan.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1310"/>
        <source>Select a layer of wijken, buurten or 100 m cells in the Layers panel.</source>
        <translation>Selecteer in het paneel Lagen een laag met wijken, buurten of cellen van 100 m.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1321"/>
        <source>No area of &apos;{}&apos; here.</source>
        <translation>Hier ligt geen gebied van '{}'.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1350"/>
        <source>Area {} is not in &apos;{}&apos;.</source>
        <translation>Gebied {} staat niet in '{}'.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1446"/>
        <source>Save profile as image</source>
        <translation>Profiel opslaan als afbeelding</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1457"/>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../wijkaanpak_plugin/gui/wijkprofiel_dock.py" line="1453"/>
        <source>Save profile as HTML</source>
        <translation>Profiel opslaan als HTML</translation>
    </message>
</context>
</TS>
