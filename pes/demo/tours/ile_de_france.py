"""Demo half-day and day tours around Paris: Versailles, Giverny, Fontainebleau."""

from __future__ import annotations

from pes.demo.text import PageText, md
from pes.demo.tours.spec import TourSpec

VERSAILLES = TourSpec(
    slug="versailles-half-day",
    duration_minutes=300,
    prices={"business": 39000, "van": 47000, "first": 63000},
    texts={
        "en": PageText(
            title="Versailles Half Day",
            meta_description=(
                "Half a day at the Palace of Versailles with a private chauffeur: door to door "
                "from Paris, the Hall of Mirrors, the State Apartments and the gardens."
            ),
            body=md("""
                Versailles is only 40 minutes from central Paris, yet the palace deserves
                unhurried time. Your chauffeur drives you there, waits for you and brings you
                back, so you can enjoy the Hall of Mirrors and the gardens without thinking
                about trains or taxi queues.

                ## Itinerary

                - Pickup at your hotel in Paris
                - A drive along the Seine and through the Bois de Boulogne
                - About three hours at the palace: the State Apartments, the Hall of Mirrors and
                  the King's Bedchamber
                - Time for the gardens, the Grand Trianon or Marie-Antoinette's estate
                - Return to Paris and drop-off at your address

                ## What's included

                - Private vehicle and chauffeur for five hours, waiting time included
                - Drop-off and pickup at the palace gates
                - Fuel, parking and VAT
                - Bottled water and Wi-Fi on board

                ## Good to know

                Palace tickets are not included; we recommend booking a timed entry online in
                advance. The palace is closed on Mondays. On summer weekends, ask us about the
                Musical Fountains Show.
            """),
        ),
        "fr": PageText(
            title="Versailles en demi-journée",
            meta_description=(
                "Une demi-journée au château de Versailles avec chauffeur privé : porte à porte "
                "depuis Paris, galerie des Glaces, Grands Appartements et jardins."
            ),
            body=md("""
                Versailles n'est qu'à 40 minutes du centre de Paris, mais le château mérite que
                l'on prenne son temps. Votre chauffeur vous y conduit, vous attend et vous
                ramène : profitez de la galerie des Glaces et des jardins sans vous soucier des
                trains ni des files de taxis.

                ## Itinéraire

                - Prise en charge à votre hôtel parisien
                - Trajet le long de la Seine puis à travers le bois de Boulogne
                - Environ trois heures au château : Grands Appartements, galerie des Glaces et
                  chambre du Roi
                - Du temps pour les jardins, le Grand Trianon ou le domaine de Marie-Antoinette
                - Retour à Paris et dépose à votre adresse

                ## Compris dans la prestation

                - Véhicule privé et chauffeur pendant cinq heures, attente comprise
                - Dépose et reprise aux grilles du château
                - Carburant, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                ## Bon à savoir

                Les billets d'entrée ne sont pas inclus ; nous vous conseillons de réserver un
                créneau horaire en ligne à l'avance. Le château est fermé le lundi. Les
                week-ends d'été, renseignez-vous sur les Grandes Eaux musicales.
            """),
        ),
        "es": PageText(
            title="Versalles en media jornada",
            meta_description=(
                "Media jornada en el Palacio de Versalles con chófer privado: puerta a puerta "
                "desde París, la Galería de los Espejos, los Grandes Aposentos y los jardines."
            ),
            body=md("""
                Versalles está a solo 40 minutos del centro de París, pero el palacio merece una
                visita sin prisas. Su chófer le lleva, le espera y le trae de vuelta, para que
                disfrute de la Galería de los Espejos y de los jardines sin pensar en trenes ni
                en colas de taxis.

                ## Itinerario

                - Recogida en su hotel de París
                - Trayecto a orillas del Sena y a través del Bois de Boulogne
                - Unas tres horas en el palacio: los Grandes Aposentos, la Galería de los
                  Espejos y la alcoba del Rey
                - Tiempo para los jardines, el Gran Trianón o la finca de María Antonieta
                - Regreso a París y llegada a su dirección

                ## Incluido

                - Vehículo privado y chófer durante cinco horas, tiempo de espera incluido
                - Llegada y recogida junto a las verjas del palacio
                - Combustible, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                ## A tener en cuenta

                Las entradas no están incluidas; le recomendamos reservar en línea su hora de
                acceso con antelación. El palacio cierra los lunes. Los fines de semana de
                verano, pregúntenos por el espectáculo de las Grandes Aguas Musicales.
            """),
        ),
        "pt": PageText(
            title="Versalhes em meio dia",
            meta_description=(
                "Meio dia no Palácio de Versalhes com motorista privado: porta a porta desde "
                "Paris, a Galeria dos Espelhos, os Grandes Aposentos e os jardins."
            ),
            body=md("""
                Versalhes fica a apenas 40 minutos do centro de Paris, mas o palácio merece uma
                visita sem pressas. O seu motorista leva-o, espera por si e trá-lo de volta,
                para que aproveite a Galeria dos Espelhos e os jardins sem se preocupar com
                comboios nem com filas de táxis.

                ## Itinerário

                - Recolha no seu hotel em Paris
                - Percurso ao longo do Sena e através do Bois de Boulogne
                - Cerca de três horas no palácio: os Grandes Aposentos, a Galeria dos Espelhos e
                  o quarto do Rei
                - Tempo para os jardins, o Grand Trianon ou o domínio de Maria Antonieta
                - Regresso a Paris e chegada à sua morada

                ## Incluído

                - Veículo privado e motorista durante cinco horas, tempo de espera incluído
                - Chegada e recolha junto aos portões do palácio
                - Combustível, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                ## Informações úteis

                Os bilhetes de entrada não estão incluídos; recomendamos que reserve online, com
                antecedência, uma hora de entrada. O palácio está encerrado à segunda-feira. Aos
                fins de semana de verão, pergunte-nos pelo espetáculo das Grandes Águas
                Musicais.
            """),
        ),
    },
)

GIVERNY = TourSpec(
    slug="giverny-monet",
    duration_minutes=330,
    prices={"business": 42000, "van": 50000, "first": 68000},
    texts={
        "en": PageText(
            title="Giverny & Monet's Gardens",
            meta_description=(
                "Claude Monet's house and gardens in Giverny, the water lilies and the Japanese "
                "bridge, on a private half-day trip from Paris."
            ),
            body=md("""
                For more than forty years, Claude Monet painted the garden he had created in
                Giverny, on the edge of Normandy. Wander through the colourful flower garden,
                cross the Japanese bridge over the water-lily pond and visit the house where he
                lived with his family.

                ## Itinerary

                - Pickup at your hotel in Paris
                - A drive of about 75 minutes through the Seine valley
                - Monet's house and gardens, at your own pace (about two hours)
                - Optional visit to the Museum of Impressionisms, or lunch in the village
                - Return to Paris and drop-off at your address

                ## What's included

                - Private vehicle and chauffeur for five and a half hours
                - Fuel, tolls, parking and VAT
                - Bottled water and Wi-Fi on board

                ## Good to know

                Monet's house and gardens are open from April to October. Entrance tickets are
                not included, but we are happy to book them for you. The gardens are at their
                best in May and June, and again in September for the dahlias.
            """),
        ),
        "fr": PageText(
            title="Giverny et les jardins de Monet",
            meta_description=(
                "La maison et les jardins de Claude Monet à Giverny, les nymphéas et le pont "
                "japonais, lors d'une demi-journée privée au départ de Paris."
            ),
            body=md("""
                Pendant plus de quarante ans, Claude Monet a peint le jardin qu'il avait créé à
                Giverny, aux portes de la Normandie. Flânez dans le jardin fleuri, traversez le
                pont japonais au-dessus du bassin aux nymphéas et visitez la maison où il vécut
                avec sa famille.

                ## Itinéraire

                - Prise en charge à votre hôtel parisien
                - Environ 1 h 15 de route à travers la vallée de la Seine
                - La maison et les jardins de Monet, à votre rythme (environ deux heures)
                - En option, le musée des Impressionnismes ou un déjeuner au village
                - Retour à Paris et dépose à votre adresse

                ## Compris dans la prestation

                - Véhicule privé et chauffeur pendant cinq heures et demie
                - Carburant, péages, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                ## Bon à savoir

                La maison et les jardins de Monet sont ouverts d'avril à octobre. Les billets
                d'entrée ne sont pas inclus, mais nous pouvons les réserver pour vous. Les
                jardins sont à leur apogée en mai et en juin, puis en septembre pour les
                dahlias.
            """),
        ),
        "es": PageText(
            title="Giverny y los jardines de Monet",
            meta_description=(
                "La casa y los jardines de Claude Monet en Giverny, los nenúfares y el puente "
                "japonés, en una excursión privada de media jornada desde París."
            ),
            body=md("""
                Durante más de cuarenta años, Claude Monet pintó el jardín que él mismo había
                creado en Giverny, a las puertas de Normandía. Pasee por el jardín de flores,
                cruce el puente japonés sobre el estanque de los nenúfares y visite la casa
                donde vivió con su familia.

                ## Itinerario

                - Recogida en su hotel de París
                - Unos 75 minutos de carretera por el valle del Sena
                - La casa y los jardines de Monet, a su ritmo (unas dos horas)
                - Opcional: el Museo de los Impresionismos o una comida en el pueblo
                - Regreso a París y llegada a su dirección

                ## Incluido

                - Vehículo privado y chófer durante cinco horas y media
                - Combustible, peajes, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                ## A tener en cuenta

                La casa y los jardines de Monet abren de abril a octubre. Las entradas no están
                incluidas, pero podemos reservarlas por usted. Los jardines lucen en todo su
                esplendor en mayo y junio, y de nuevo en septiembre, con las dalias.
            """),
        ),
        "pt": PageText(
            title="Giverny e os jardins de Monet",
            meta_description=(
                "A casa e os jardins de Claude Monet em Giverny, os nenúfares e a ponte "
                "japonesa, numa excursão privada de meio dia a partir de Paris."
            ),
            body=md("""
                Durante mais de quarenta anos, Claude Monet pintou o jardim que criou em
                Giverny, às portas da Normandia. Passeie pelo jardim florido, atravesse a ponte
                japonesa sobre o lago dos nenúfares e visite a casa onde o pintor viveu com a
                família.

                ## Itinerário

                - Recolha no seu hotel em Paris
                - Cerca de 75 minutos de estrada pelo vale do Sena
                - A casa e os jardins de Monet, ao seu ritmo (cerca de duas horas)
                - Opcional: o Museu dos Impressionismos ou um almoço na aldeia
                - Regresso a Paris e chegada à sua morada

                ## Incluído

                - Veículo privado e motorista durante cinco horas e meia
                - Combustível, portagens, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                ## Informações úteis

                A casa e os jardins de Monet abrem de abril a outubro. Os bilhetes de entrada
                não estão incluídos, mas podemos reservá-los por si. Os jardins estão no auge em
                maio e junho e, de novo, em setembro, com as dálias.
            """),
        ),
    },
)

FONTAINEBLEAU = TourSpec(
    slug="fontainebleau-barbizon",
    duration_minutes=420,
    prices={"business": 52000, "van": 62000, "first": 84000},
    texts={
        "en": PageText(
            title="Fontainebleau & Barbizon",
            meta_description=(
                "The Château de Fontainebleau, home to French rulers for eight centuries, and "
                "Barbizon, the painters' village on the edge of the forest."
            ),
            body=md("""
                Less crowded than Versailles and just as fascinating, Fontainebleau was home to
                French rulers from the Middle Ages to Napoleon III, who called it “the true home
                of kings”. The day continues in Barbizon, the village where Millet, Rousseau and
                their friends invented landscape painting in the open air.

                ## Itinerary

                - Pickup at your hotel in Paris
                - The Château de Fontainebleau: the Francis I Gallery, the Ballroom and
                  Napoleon's Throne Room
                - A walk through the gardens and around the Carp Pond
                - Lunch in Barbizon (at your own expense)
                - A stroll along the Grande Rue, its art galleries and the Barbizon School
                  museum
                - A short drive through the forest of Fontainebleau and its famous rocks
                - Return to Paris

                ## What's included

                - Private vehicle and chauffeur for seven hours
                - Fuel, tolls, parking and VAT
                - Bottled water and Wi-Fi on board

                Château tickets are not included. The château is closed on Tuesdays.
            """),
        ),
        "fr": PageText(
            title="Fontainebleau et Barbizon",
            meta_description=(
                "Le château de Fontainebleau, demeure des souverains français pendant huit "
                "siècles, et Barbizon, le village des peintres à l'orée de la forêt."
            ),
            body=md("""
                Moins fréquenté que Versailles et tout aussi passionnant, Fontainebleau a
                accueilli les souverains français du Moyen Âge à Napoléon III. Napoléon Ier y
                voyait « la vraie demeure des rois ». La journée se poursuit à Barbizon, le
                village où Millet, Rousseau et leurs amis ont inventé la peinture de paysage en
                plein air.

                ## Itinéraire

                - Prise en charge à votre hôtel parisien
                - Le château de Fontainebleau : la galerie François Ier, la salle de bal et la
                  salle du Trône de Napoléon
                - Promenade dans les jardins et autour de l'étang aux Carpes
                - Déjeuner à Barbizon (à votre charge)
                - Flânerie dans la Grande Rue, ses galeries d'art et le musée des Peintres de
                  Barbizon
                - Courte traversée de la forêt de Fontainebleau et de ses célèbres rochers
                - Retour à Paris

                ## Compris dans la prestation

                - Véhicule privé et chauffeur pendant sept heures
                - Carburant, péages, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                Les billets d'entrée du château ne sont pas inclus. Le château est fermé le
                mardi.
            """),
        ),
        "es": PageText(
            title="Fontainebleau y Barbizon",
            meta_description=(
                "El palacio de Fontainebleau, residencia de los soberanos franceses durante "
                "ocho siglos, y Barbizon, el pueblo de los pintores junto al bosque."
            ),
            body=md("""
                Menos concurrido que Versalles e igual de fascinante, Fontainebleau fue la
                residencia de los soberanos franceses desde la Edad Media hasta Napoleón III.
                Napoleón lo llamaba «la verdadera morada de los reyes». La jornada continúa en
                Barbizon, el pueblo donde Millet, Rousseau y sus amigos inventaron la pintura de
                paisaje al aire libre.

                ## Itinerario

                - Recogida en su hotel de París
                - El palacio de Fontainebleau: la galería de Francisco I, el salón de baile y el
                  salón del Trono de Napoleón
                - Paseo por los jardines y alrededor del estanque de las Carpas
                - Comida en Barbizon (no incluida)
                - Paseo por la Grande Rue, sus galerías de arte y el museo de los Pintores de
                  Barbizon
                - Breve recorrido por el bosque de Fontainebleau y sus famosas rocas
                - Regreso a París

                ## Incluido

                - Vehículo privado y chófer durante siete horas
                - Combustible, peajes, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                Las entradas al palacio no están incluidas. El palacio cierra los martes.
            """),
        ),
        "pt": PageText(
            title="Fontainebleau e Barbizon",
            meta_description=(
                "O palácio de Fontainebleau, residência dos soberanos franceses durante oito "
                "séculos, e Barbizon, a aldeia dos pintores à beira da floresta."
            ),
            body=md("""
                Menos concorrido do que Versalhes e igualmente fascinante, Fontainebleau foi
                residência dos soberanos franceses desde a Idade Média até Napoleão III.
                Napoleão chamava-lhe «a verdadeira morada dos reis». O dia continua em Barbizon,
                a aldeia onde Millet, Rousseau e os seus amigos inventaram a pintura de paisagem
                ao ar livre.

                ## Itinerário

                - Recolha no seu hotel em Paris
                - O palácio de Fontainebleau: a galeria de Francisco I, o salão de baile e a
                  sala do Trono de Napoleão
                - Passeio pelos jardins e à volta do lago das Carpas
                - Almoço em Barbizon (não incluído)
                - Passeio pela Grande Rue, as suas galerias de arte e o museu dos Pintores de
                  Barbizon
                - Breve travessia da floresta de Fontainebleau e dos seus famosos rochedos
                - Regresso a Paris

                ## Incluído

                - Veículo privado e motorista durante sete horas
                - Combustível, portagens, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                Os bilhetes de entrada no palácio não estão incluídos. O palácio está encerrado
                à terça-feira.
            """),
        ),
    },
)

ILE_DE_FRANCE_TOURS: tuple[TourSpec, ...] = (VERSAILLES, GIVERNY, FONTAINEBLEAU)
