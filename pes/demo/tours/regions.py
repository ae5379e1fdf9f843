"""Demo full-day tours to the regions: Champagne, the Loire, Normandy, Mont-Saint-Michel."""

from __future__ import annotations

from pes.demo.text import PageText, md
from pes.demo.tours.spec import TourSpec

CHAMPAGNE = TourSpec(
    slug="champagne-day-trip",
    duration_minutes=600,
    prices={"business": 85000, "van": 100000, "first": 135000},
    texts={
        "en": PageText(
            title="Champagne Day Trip: Reims & Épernay",
            meta_description=(
                "A private day in Champagne: Reims Cathedral, a cellar tour and tasting at a "
                "great Champagne house and the Avenue de Champagne in Épernay."
            ),
            body=md("""
                Spend a day in the heart of Champagne, a UNESCO World Heritage landscape of
                vineyards, chalk cellars and great houses. With a chauffeur, nobody has to drive
                after the tastings.

                ## Itinerary

                - Morning pickup at your hotel and a drive of about 1 h 45 to Reims
                - Reims Cathedral, where the kings of France were crowned
                - A cellar tour and tasting at a famous Champagne house
                - Lunch in Reims or at a restaurant among the vines (at your own expense)
                - A scenic drive through the Montagne de Reims vineyards, via Hautvillers
                - The Avenue de Champagne in Épernay and a second tasting with a grower
                - Return to Paris in the early evening

                ## What's included

                - Private vehicle and chauffeur for ten hours
                - Fuel, tolls, parking and VAT
                - Bottled water and Wi-Fi on board

                Cellar tours and tastings are not included; we are happy to book them for you.
                Tastings are for guests aged 18 and over.
            """),
        ),
        "fr": PageText(
            title="Escapade en Champagne : Reims et Épernay",
            meta_description=(
                "Une journée privée en Champagne : la cathédrale de Reims, la visite des caves "
                "d'une grande maison avec dégustation et l'avenue de Champagne à Épernay."
            ),
            body=md("""
                Passez une journée au cœur de la Champagne, un paysage de vignes, de crayères et
                de grandes maisons inscrit au patrimoine mondial de l'UNESCO. Avec un chauffeur,
                personne n'a à prendre le volant après les dégustations.

                ## Itinéraire

                - Départ matinal de votre hôtel et environ 1 h 45 de route jusqu'à Reims
                - La cathédrale Notre-Dame de Reims, où étaient sacrés les rois de France
                - Visite des caves d'une grande maison de champagne et dégustation
                - Déjeuner à Reims ou dans un restaurant au milieu des vignes (à votre charge)
                - Route panoramique à travers la Montagne de Reims, par Hautvillers
                - L'avenue de Champagne à Épernay et une seconde dégustation chez un vigneron
                - Retour à Paris en début de soirée

                ## Compris dans la prestation

                - Véhicule privé et chauffeur pendant dix heures
                - Carburant, péages, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                Les visites de caves et les dégustations ne sont pas incluses ; nous les
                réservons volontiers pour vous. L'abus d'alcool est dangereux pour la santé, à
                consommer avec modération.
            """),
        ),
        "es": PageText(
            title="Excursión a Champaña: Reims y Épernay",
            meta_description=(
                "Un día privado en Champaña: la catedral de Reims, la visita a las bodegas de "
                "una gran casa con cata y la avenida de Champagne en Épernay."
            ),
            body=md("""
                Pase un día en el corazón de Champaña, un paisaje de viñedos, bodegas excavadas
                en la creta y grandes casas declarado Patrimonio Mundial por la UNESCO. Con
                chófer, nadie tiene que conducir después de las catas.

                ## Itinerario

                - Recogida por la mañana en su hotel y cerca de 1 h 45 de trayecto hasta Reims
                - La catedral de Notre-Dame de Reims, donde se coronaba a los reyes de Francia
                - Visita a las bodegas de una gran casa de champán, con cata
                - Comida en Reims o en un restaurante entre viñedos (no incluida)
                - Ruta panorámica por los viñedos de la Montagne de Reims, pasando por
                  Hautvillers
                - La avenida de Champagne en Épernay y una segunda cata con un viticultor
                - Regreso a París al final de la tarde

                ## Incluido

                - Vehículo privado y chófer durante diez horas
                - Combustible, peajes, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                Las visitas a bodegas y las catas no están incluidas; estaremos encantados de
                reservarlas por usted. Las catas están reservadas a mayores de 18 años.
            """),
        ),
        "pt": PageText(
            title="Dia na Champanhe: Reims e Épernay",
            meta_description=(
                "Um dia privado na Champanhe: a catedral de Reims, a visita às caves de uma "
                "grande casa com prova e a Avenue de Champagne, em Épernay."
            ),
            body=md("""
                Passe um dia no coração da Champanhe, uma paisagem de vinhas, caves escavadas no
                giz e grandes casas classificada como Património Mundial pela UNESCO. Com
                motorista, ninguém tem de conduzir depois das provas.

                ## Itinerário

                - Recolha de manhã no seu hotel e cerca de 1 h 45 de viagem até Reims
                - A catedral de Notre-Dame de Reims, onde eram coroados os reis de França
                - Visita às caves de uma grande casa de champanhe, com prova
                - Almoço em Reims ou num restaurante entre as vinhas (não incluído)
                - Percurso panorâmico pelas vinhas da Montagne de Reims, passando por
                  Hautvillers
                - A Avenue de Champagne, em Épernay, e uma segunda prova num pequeno produtor
                - Regresso a Paris ao fim da tarde

                ## Incluído

                - Veículo privado e motorista durante dez horas
                - Combustível, portagens, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                As visitas às caves e as provas não estão incluídas; teremos todo o gosto em
                reservá-las por si. As provas destinam-se apenas a maiores de 18 anos.
            """),
        ),
    },
)

LOIRE = TourSpec(
    slug="loire-valley-chateaux",
    duration_minutes=720,
    prices={"business": 98000, "van": 115000, "first": 155000},
    texts={
        "en": PageText(
            title="Loire Valley Châteaux",
            meta_description=(
                "A private day trip from Paris to the Loire Valley: Chambord, Chenonceau and "
                "the royal town of Amboise, with a chauffeur all day."
            ),
            body=md("""
                The Loire Valley, the garden of France, is home to the most spectacular
                Renaissance châteaux. This long day takes you to three of the finest, at a
                comfortable pace and without changing trains.

                ## Itinerary

                - Early pickup at your hotel and a drive of about 2 h 15 to Chambord
                - The Château de Chambord and its double-helix staircase, said to have been
                  inspired by Leonardo da Vinci
                - Lunch in Amboise, below the royal château (at your own expense)
                - The Château de Chenonceau, built across the river Cher and shaped by the women
                  who lived there
                - Optional wine tasting in a Vouvray or Touraine cellar
                - Return to Paris in the evening

                ## What's included

                - Private vehicle and chauffeur for twelve hours
                - Fuel, tolls, parking and VAT
                - Bottled water and Wi-Fi on board

                Château tickets are not included. For a more relaxed day, Chambord can be
                replaced by the Clos Lucé, Leonardo da Vinci's last home, in Amboise.
            """),
        ),
        "fr": PageText(
            title="Châteaux de la Loire",
            meta_description=(
                "Une journée privée dans le Val de Loire au départ de Paris : Chambord, "
                "Chenonceau et la ville royale d'Amboise, avec chauffeur toute la journée."
            ),
            body=md("""
                Le Val de Loire, jardin de la France, abrite les plus spectaculaires châteaux de
                la Renaissance. Cette grande journée vous mène à trois des plus beaux, à un
                rythme confortable et sans changer de train.

                ## Itinéraire

                - Départ matinal de votre hôtel et environ 2 h 15 de route jusqu'à Chambord
                - Le château de Chambord et son escalier à double révolution, que l'on dit
                  inspiré par Léonard de Vinci
                - Déjeuner à Amboise, au pied du château royal (à votre charge)
                - Le château de Chenonceau, bâti sur le Cher et façonné par les femmes qui y ont
                  vécu
                - En option, une dégustation dans une cave de Vouvray ou de Touraine
                - Retour à Paris en soirée

                ## Compris dans la prestation

                - Véhicule privé et chauffeur pendant douze heures
                - Carburant, péages, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                Les billets d'entrée des châteaux ne sont pas inclus. Pour une journée plus
                paisible, Chambord peut être remplacé par le Clos Lucé, dernière demeure de
                Léonard de Vinci, à Amboise.
            """),
        ),
        "es": PageText(
            title="Castillos del Loira",
            meta_description=(
                "Excursión privada de un día desde París al valle del Loira: Chambord, "
                "Chenonceau y la ciudad real de Amboise, con chófer toda la jornada."
            ),
            body=md("""
                El valle del Loira, el jardín de Francia, alberga los castillos renacentistas
                más espectaculares. Esta larga jornada le lleva a tres de los más bellos, a un
                ritmo cómodo y sin cambiar de tren.

                ## Itinerario

                - Recogida temprano en su hotel y unas dos horas y cuarto de carretera hasta
                  Chambord
                - El castillo de Chambord y su escalera de doble hélice, que se dice inspirada
                  por Leonardo da Vinci
                - Comida en Amboise, a los pies del castillo real (no incluida)
                - El castillo de Chenonceau, construido sobre el río Cher y marcado por las
                  mujeres que lo habitaron
                - Opcional: cata de vinos en una bodega de Vouvray o de Touraine
                - Regreso a París por la noche

                ## Incluido

                - Vehículo privado y chófer durante doce horas
                - Combustible, peajes, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                Las entradas a los castillos no están incluidas. Para una jornada más tranquila,
                Chambord puede sustituirse por el Clos Lucé, la última residencia de Leonardo da
                Vinci, en Amboise.
            """),
        ),
        "pt": PageText(
            title="Castelos do Loire",
            meta_description=(
                "Excursão privada de um dia de Paris ao vale do Loire: Chambord, Chenonceau e "
                "a cidade real de Amboise, com motorista o dia inteiro."
            ),
            body=md("""
                O vale do Loire, o jardim de França, guarda os mais espetaculares castelos do
                Renascimento. Este longo dia leva-o a três dos mais belos, a um ritmo
                confortável e sem mudar de comboio.

                ## Itinerário

                - Recolha cedo no seu hotel e cerca de 2 h 15 de viagem até Chambord
                - O castelo de Chambord e a sua escadaria de dupla hélice, que se diz inspirada
                  por Leonardo da Vinci
                - Almoço em Amboise, aos pés do castelo real (não incluído)
                - O castelo de Chenonceau, construído sobre o rio Cher e marcado pelas mulheres
                  que lá viveram
                - Opcional: prova de vinhos numa adega de Vouvray ou da Touraine
                - Regresso a Paris à noite

                ## Incluído

                - Veículo privado e motorista durante doze horas
                - Combustível, portagens, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                Os bilhetes de entrada nos castelos não estão incluídos. Para um dia mais
                tranquilo, Chambord pode ser substituído pelo Clos Lucé, a última residência de
                Leonardo da Vinci, em Amboise.
            """),
        ),
    },
)

NORMANDY = TourSpec(
    slug="normandy-d-day-beaches",
    duration_minutes=780,
    prices={"business": 105000, "van": 125000, "first": 168000},
    texts={
        "en": PageText(
            title="Normandy D-Day Beaches",
            meta_description=(
                "A private day trip to the D-Day landing beaches: Pointe du Hoc, Omaha Beach, "
                "the American Cemetery and the Mulberry harbour at Arromanches."
            ),
            body=md("""
                On 6 June 1944, the Allied landings in Normandy began the liberation of Western
                Europe. This private day trip follows the American and British sectors and
                leaves you time for reflection at the places where history was made.

                ## Itinerary

                - Early pickup at your hotel and a drive of about three hours to Normandy
                - Pointe du Hoc, the cliff scaled by the US Army Rangers
                - Omaha Beach and its memorials
                - The Normandy American Cemetery at Colleville-sur-Mer, overlooking the beach
                - Lunch in Port-en-Bessin or Arromanches (at your own expense)
                - Arromanches and the remains of the Mulberry artificial harbour
                - Return to Paris in the evening

                ## What's included

                - Private vehicle and chauffeur for thirteen hours
                - Fuel, tolls, parking and VAT
                - Bottled water and Wi-Fi on board

                Museum tickets are not included; the American Cemetery is free to visit. A
                licensed battlefield guide can join you in Normandy on request, at an extra
                cost.
            """),
        ),
        "fr": PageText(
            title="Plages du Débarquement en Normandie",
            meta_description=(
                "Une journée privée sur les plages du Débarquement : la pointe du Hoc, Omaha "
                "Beach, le cimetière américain et le port artificiel d'Arromanches."
            ),
            body=md("""
                Le 6 juin 1944, le Débarquement allié en Normandie marquait le début de la
                libération de l'Europe de l'Ouest. Cette journée privée parcourt les secteurs
                américain et britannique et vous laisse le temps du recueillement, là où
                l'Histoire s'est écrite.

                ## Itinéraire

                - Départ matinal de votre hôtel et environ trois heures de route jusqu'en
                  Normandie
                - La pointe du Hoc, falaise escaladée par les Rangers américains
                - Omaha Beach et ses monuments commémoratifs
                - Le cimetière américain de Colleville-sur-Mer, qui domine la plage
                - Déjeuner à Port-en-Bessin ou à Arromanches (à votre charge)
                - Arromanches et les vestiges du port artificiel Mulberry
                - Retour à Paris en soirée

                ## Compris dans la prestation

                - Véhicule privé et chauffeur pendant treize heures
                - Carburant, péages, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                Les entrées des musées ne sont pas incluses ; la visite du cimetière américain
                est gratuite. Sur demande, un guide spécialisé peut vous accompagner en
                Normandie, en supplément.
            """),
        ),
        "es": PageText(
            title="Playas del Desembarco de Normandía",
            meta_description=(
                "Excursión privada a las playas del Desembarco: la Pointe du Hoc, Omaha Beach, "
                "el cementerio americano y el puerto artificial de Arromanches."
            ),
            body=md("""
                El 6 de junio de 1944, el desembarco aliado en Normandía dio comienzo a la
                liberación de Europa occidental. Esta excursión privada recorre los sectores
                estadounidense y británico y le deja tiempo para el recuerdo en los lugares
                donde se escribió la historia.

                ## Itinerario

                - Recogida temprano en su hotel y unas tres horas de carretera hasta Normandía
                - La Pointe du Hoc, el acantilado que escalaron los Rangers estadounidenses
                - Omaha Beach y sus monumentos conmemorativos
                - El cementerio americano de Colleville-sur-Mer, con vistas a la playa
                - Comida en Port-en-Bessin o en Arromanches (no incluida)
                - Arromanches y los restos del puerto artificial Mulberry
                - Regreso a París por la noche

                ## Incluido

                - Vehículo privado y chófer durante trece horas
                - Combustible, peajes, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                Las entradas a los museos no están incluidas; la visita al cementerio americano
                es gratuita. Si lo desea, un guía especializado puede acompañarle en Normandía
                por un suplemento.
            """),
        ),
        "pt": PageText(
            title="Praias do Desembarque na Normandia",
            meta_description=(
                "Excursão privada às praias do Dia D: a Pointe du Hoc, Omaha Beach, o cemitério "
                "americano e o porto artificial de Arromanches."
            ),
            body=md("""
                A 6 de junho de 1944, o desembarque aliado na Normandia deu início à libertação
                da Europa Ocidental. Esta excursão privada percorre os setores americano e
                britânico e dá-lhe tempo para refletir nos lugares onde se fez história.

                ## Itinerário

                - Recolha cedo no seu hotel e cerca de três horas de viagem até à Normandia
                - A Pointe du Hoc, a falésia escalada pelos Rangers norte-americanos
                - Omaha Beach e os seus memoriais
                - O cemitério americano de Colleville-sur-Mer, sobranceiro à praia
                - Almoço em Port-en-Bessin ou em Arromanches (não incluído)
                - Arromanches e os vestígios do porto artificial Mulberry
                - Regresso a Paris à noite

                ## Incluído

                - Veículo privado e motorista durante treze horas
                - Combustível, portagens, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                Os bilhetes dos museus não estão incluídos; a visita ao cemitério americano é
                gratuita. Mediante pedido, um guia especializado pode acompanhá-lo na Normandia,
                com custo adicional.
            """),
        ),
    },
)

MONT_SAINT_MICHEL = TourSpec(
    slug="mont-saint-michel",
    duration_minutes=840,
    prices={"business": 115000, "van": 135000, "first": 180000},
    texts={
        "en": PageText(
            title="Mont-Saint-Michel",
            meta_description=(
                "A private day trip from Paris to Mont-Saint-Michel, the abbey rising from the "
                "sea, with time for the village, the ramparts and the bay."
            ),
            body=md("""
                Rising from a vast bay whose tides are among the strongest in Europe,
                Mont-Saint-Michel is one of the wonders of France. It is a long day, so
                travelling in a comfortable private vehicle makes all the difference.

                ## Itinerary

                - Early pickup at your hotel and a drive of about four hours across Normandy
                - The shuttle from the mainland car park, then a walk up the Grande Rue
                - The abbey: the church, the cloister suspended between sky and sea, the
                  refectory
                - Lunch on the Mont (at your own expense); the fluffy omelette is a local
                  tradition
                - A walk along the ramparts, with views over the bay
                - A break in the Normandy countryside on the way back
                - Return to Paris late in the evening

                ## What's included

                - Private vehicle and chauffeur for fourteen hours
                - Fuel, tolls, parking and VAT
                - Bottled water and Wi-Fi on board

                Abbey tickets are not included. Ask us about the tide times: watching the sea
                rush in around the Mont is unforgettable.
            """),
        ),
        "fr": PageText(
            title="Le Mont-Saint-Michel",
            meta_description=(
                "Une journée privée de Paris au Mont-Saint-Michel, l'abbaye surgie de la mer, "
                "avec du temps pour le village, les remparts et la baie."
            ),
            body=md("""
                Dressé au milieu d'une baie immense où les marées comptent parmi les plus fortes
                d'Europe, le Mont-Saint-Michel est l'une des merveilles de la France. La journée
                est longue : voyager dans un véhicule privé et confortable change tout.

                ## Itinéraire

                - Départ matinal de votre hôtel et environ quatre heures de route à travers la
                  Normandie
                - Navette depuis le parking sur le continent, puis montée par la Grande Rue
                - L'abbaye : l'église abbatiale, le cloître suspendu entre ciel et mer, le
                  réfectoire
                - Déjeuner sur le Mont (à votre charge) ; l'omelette soufflée y est une
                  tradition
                - Promenade sur les remparts, avec vue sur la baie
                - Une pause dans la campagne normande sur le chemin du retour
                - Retour à Paris en fin de soirée

                ## Compris dans la prestation

                - Véhicule privé et chauffeur pendant quatorze heures
                - Carburant, péages, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                Les billets d'entrée de l'abbaye ne sont pas inclus. Demandez-nous les horaires
                des marées : voir la mer encercler le Mont est un spectacle inoubliable.
            """),
        ),
        "es": PageText(
            title="Monte Saint-Michel",
            meta_description=(
                "Excursión privada desde París al Monte Saint-Michel, la abadía que surge del "
                "mar, con tiempo para el pueblo, las murallas y la bahía."
            ),
            body=md("""
                Alzado en medio de una inmensa bahía con algunas de las mareas más fuertes de
                Europa, el Monte Saint-Michel es una de las maravillas de Francia. Es una
                jornada larga, y viajar en un vehículo privado y cómodo marca la diferencia.

                ## Itinerario

                - Recogida temprano en su hotel y unas cuatro horas de carretera a través de
                  Normandía
                - Lanzadera desde el aparcamiento en tierra firme y subida por la Grande Rue
                - La abadía: la iglesia, el claustro suspendido entre el cielo y el mar, el
                  refectorio
                - Comida en el Monte (no incluida); la tortilla soufflé es toda una tradición
                - Paseo por las murallas, con vistas a la bahía
                - Una pausa en la campiña normanda en el camino de vuelta
                - Llegada a París ya entrada la noche

                ## Incluido

                - Vehículo privado y chófer durante catorce horas
                - Combustible, peajes, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                Las entradas a la abadía no están incluidas. Pregúntenos por el horario de las
                mareas: ver cómo el mar rodea el Monte es un espectáculo inolvidable.
            """),
        ),
        "pt": PageText(
            title="Monte Saint-Michel",
            meta_description=(
                "Excursão privada de Paris ao Monte Saint-Michel, a abadia que se ergue do mar, "
                "com tempo para a vila, as muralhas e a baía."
            ),
            body=md("""
                Erguido no meio de uma imensa baía com algumas das marés mais fortes da Europa,
                o Monte Saint-Michel é uma das maravilhas de França. É um dia longo, e viajar
                num veículo privado e confortável faz toda a diferença.

                ## Itinerário

                - Recolha cedo no seu hotel e cerca de quatro horas de viagem através da
                  Normandia
                - Vaivém a partir do parque de estacionamento em terra firme e subida pela
                  Grande Rue
                - A abadia: a igreja, o claustro suspenso entre o céu e o mar, o refeitório
                - Almoço no Monte (não incluído); a omelete soufflé é uma tradição local
                - Passeio pelas muralhas, com vista sobre a baía
                - Uma pausa no campo normando, no caminho de regresso
                - Chegada a Paris já de noite

                ## Incluído

                - Veículo privado e motorista durante catorze horas
                - Combustível, portagens, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                Os bilhetes de entrada na abadia não estão incluídos. Pergunte-nos pelo horário
                das marés: ver o mar a rodear o Monte é um espetáculo inesquecível.
            """),
        ),
    },
)

REGIONAL_TOURS: tuple[TourSpec, ...] = (CHAMPAGNE, LOIRE, NORMANDY, MONT_SAINT_MICHEL)
