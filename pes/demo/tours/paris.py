"""Demo tours inside Paris."""

from __future__ import annotations

from pes.demo.text import PageText, md
from pes.demo.tours.spec import TourSpec

PARIS_HIGHLIGHTS = TourSpec(
    slug="paris-highlights",
    duration_minutes=180,
    prices={"business": 25000, "van": 30000, "first": 40000},
    texts={
        "en": PageText(
            title="Paris Highlights",
            meta_description=(
                "Three hours to see the best of Paris from a chauffeur-driven Mercedes: "
                "Eiffel Tower, Louvre, Champs-Élysées, Notre-Dame and Montmartre."
            ),
            body=md("""
                See the essential Paris in one relaxed morning or afternoon, from the comfort of
                a private Mercedes. Your chauffeur plans the route around the traffic and stops
                wherever you would like a photograph or a short walk.

                ## Itinerary

                - Pickup at your hotel or apartment in Paris
                - The Trocadéro terraces, for the classic view of the Eiffel Tower
                - The Champs-Élysées and the Arc de Triomphe
                - Place de la Concorde, the Tuileries and the Louvre pyramid
                - Île de la Cité and Notre-Dame cathedral
                - Saint-Germain-des-Prés and the Latin Quarter
                - Montmartre and the Sacré-Cœur basilica, with a short walk up the hill
                - Drop-off wherever you wish in Paris

                ## What's included

                - Private vehicle and bilingual (French and English) chauffeur for three hours
                - Pickup and drop-off anywhere in Paris
                - Fuel, parking and VAT
                - Bottled water and Wi-Fi on board

                The order of the stops can be changed to suit you. A licensed guide can join you
                on request, at an extra cost.
            """),
        ),
        "fr": PageText(
            title="Les incontournables de Paris",
            meta_description=(
                "Trois heures pour découvrir le meilleur de Paris en Mercedes avec chauffeur : "
                "tour Eiffel, Louvre, Champs-Élysées, Notre-Dame et Montmartre."
            ),
            body=md("""
                Découvrez l'essentiel de Paris le temps d'une matinée ou d'un après-midi,
                confortablement installé dans une Mercedes privée. Votre chauffeur adapte
                l'itinéraire à la circulation et s'arrête où vous le souhaitez, pour une photo
                ou quelques pas.

                ## Itinéraire

                - Prise en charge à votre hôtel ou appartement parisien
                - L'esplanade du Trocadéro et sa vue imprenable sur la tour Eiffel
                - Les Champs-Élysées et l'Arc de Triomphe
                - La place de la Concorde, les Tuileries et la pyramide du Louvre
                - L'île de la Cité et la cathédrale Notre-Dame
                - Saint-Germain-des-Prés et le Quartier latin
                - Montmartre et la basilique du Sacré-Cœur, avec une courte promenade sur la
                  butte
                - Dépose à l'adresse de votre choix dans Paris

                ## Compris dans la prestation

                - Véhicule privé et chauffeur bilingue français-anglais pendant trois heures
                - Prise en charge et dépose partout dans Paris
                - Carburant, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                L'ordre des étapes s'adapte à vos envies. Un guide-conférencier peut vous
                accompagner sur demande, en supplément.
            """),
        ),
        "es": PageText(
            title="Lo mejor de París",
            meta_description=(
                "Tres horas para descubrir lo mejor de París en un Mercedes con chófer: "
                "Torre Eiffel, Louvre, Campos Elíseos, Notre-Dame y Montmartre."
            ),
            body=md("""
                Descubra lo esencial de París en una mañana o una tarde, cómodamente sentado en
                un Mercedes privado. Su chófer adapta la ruta al tráfico y se detiene donde
                usted quiera para hacer una foto o dar un pequeño paseo.

                ## Itinerario

                - Recogida en su hotel o apartamento de París
                - La explanada del Trocadero, con la vista más célebre de la Torre Eiffel
                - Los Campos Elíseos y el Arco del Triunfo
                - La plaza de la Concordia, las Tullerías y la pirámide del Louvre
                - La Île de la Cité y la catedral de Notre-Dame
                - Saint-Germain-des-Prés y el Barrio Latino
                - Montmartre y la basílica del Sagrado Corazón, con un breve paseo por la colina
                - Regreso a la dirección de París que usted elija

                ## Incluido

                - Vehículo privado y chófer bilingüe (francés e inglés) durante tres horas
                - Recogida y regreso en cualquier punto de París
                - Combustible, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                El orden de las paradas se adapta a sus preferencias. Si lo desea, un guía
                oficial puede acompañarle por un suplemento.
            """),
        ),
        "pt": PageText(
            title="O melhor de Paris",
            meta_description=(
                "Três horas para descobrir o melhor de Paris num Mercedes com motorista: "
                "Torre Eiffel, Louvre, Campos Elísios, Notre-Dame e Montmartre."
            ),
            body=md("""
                Descubra o essencial de Paris numa manhã ou numa tarde, confortavelmente
                instalado num Mercedes privado. O seu motorista adapta o percurso ao trânsito e
                para onde desejar, para uma fotografia ou um pequeno passeio a pé.

                ## Itinerário

                - Recolha no seu hotel ou apartamento em Paris
                - A esplanada do Trocadéro, com a vista clássica da Torre Eiffel
                - Os Campos Elísios e o Arco do Triunfo
                - A Praça da Concórdia, o Jardim das Tulherias e a pirâmide do Louvre
                - A Île de la Cité e a catedral de Notre-Dame
                - Saint-Germain-des-Prés e o Bairro Latino
                - Montmartre e a basílica do Sacré-Cœur, com um breve passeio pela colina
                - Regresso a qualquer morada em Paris

                ## Incluído

                - Veículo privado e motorista bilingue (francês e inglês) durante três horas
                - Recolha e regresso em qualquer ponto de Paris
                - Combustível, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                A ordem das paragens pode ser ajustada ao seu gosto. Mediante pedido, um guia
                oficial pode acompanhá-lo, com custo adicional.
            """),
        ),
    },
)

PARIS_BY_NIGHT = TourSpec(
    slug="paris-by-night",
    duration_minutes=150,
    prices={"business": 22000, "van": 27000, "first": 36000},
    texts={
        "en": PageText(
            title="Paris by Night",
            meta_description=(
                "A private evening drive through illuminated Paris: the sparkling Eiffel Tower, "
                "the Champs-Élysées, the Seine bridges and the Opéra Garnier."
            ),
            body=md("""
                When night falls, Paris becomes the City of Light. This private evening tour
                takes you past its most beautiful illuminations at your own pace, with time to
                step out for photographs.

                ## Itinerary

                - Pickup at your hotel or restaurant in Paris
                - The Opéra Garnier and Place Vendôme
                - Place de la Concorde and the Champs-Élysées up to the Arc de Triomphe
                - The Trocadéro on the hour, when the Eiffel Tower sparkles
                - Along the Seine: the Grand Palais, the Pont Alexandre III and the Louvre
                - Île Saint-Louis, Notre-Dame and the Hôtel de Ville
                - Montmartre, for a last look over the lights of the city
                - Drop-off at your hotel or anywhere in Paris

                ## What's included

                - Private vehicle and bilingual (French and English) chauffeur for two and a
                  half hours
                - Fuel, parking and VAT
                - Bottled water and Wi-Fi on board

                After dark, the Eiffel Tower sparkles for five minutes at the start of every
                hour: your chauffeur times the stop at the Trocadéro so that you do not miss it.
            """),
        ),
        "fr": PageText(
            title="Paris illuminé",
            meta_description=(
                "Une soirée privée dans Paris illuminé : la tour Eiffel qui scintille, "
                "les Champs-Élysées, les ponts de la Seine et l'Opéra Garnier."
            ),
            body=md("""
                À la nuit tombée, Paris devient la Ville Lumière. Cette balade privée vous fait
                découvrir ses plus belles illuminations à votre rythme, avec des arrêts pour les
                photos.

                ## Itinéraire

                - Prise en charge à votre hôtel ou à la sortie du restaurant
                - L'Opéra Garnier et la place Vendôme
                - La place de la Concorde et les Champs-Élysées jusqu'à l'Arc de Triomphe
                - Le Trocadéro à l'heure pile, quand la tour Eiffel scintille
                - Les bords de Seine : le Grand Palais, le pont Alexandre-III et le Louvre
                - L'île Saint-Louis, Notre-Dame et l'Hôtel de Ville
                - Montmartre, pour un dernier regard sur la ville illuminée
                - Dépose à votre hôtel ou à l'adresse de votre choix

                ## Compris dans la prestation

                - Véhicule privé et chauffeur bilingue français-anglais pendant deux heures et
                  demie
                - Carburant, stationnement et TVA
                - Eau minérale et Wi-Fi à bord

                Une fois la nuit tombée, la tour Eiffel scintille cinq minutes au début de
                chaque heure : votre chauffeur organise l'arrêt au Trocadéro pour que vous ne
                manquiez pas ce moment.
            """),
        ),
        "es": PageText(
            title="París de noche",
            meta_description=(
                "Un recorrido nocturno privado por el París iluminado: la Torre Eiffel, "
                "los Campos Elíseos, los puentes del Sena y la Ópera Garnier."
            ),
            body=md("""
                Cuando cae la noche, París se convierte en la Ciudad de la Luz. Este recorrido
                privado le descubre sus iluminaciones más bellas a su ritmo, con paradas para
                hacer fotos.

                ## Itinerario

                - Recogida en su hotel o a la salida del restaurante
                - La Ópera Garnier y la plaza Vendôme
                - La plaza de la Concordia y los Campos Elíseos hasta el Arco del Triunfo
                - El Trocadero a la hora en punto, cuando centellea la Torre Eiffel
                - A orillas del Sena: el Grand Palais, el puente Alejandro III y el Louvre
                - La Île Saint-Louis, Notre-Dame y el Ayuntamiento de París
                - Montmartre, para despedirse de las luces de la ciudad
                - Regreso a su hotel o a la dirección que usted elija

                ## Incluido

                - Vehículo privado y chófer bilingüe (francés e inglés) durante dos horas y
                  media
                - Combustible, aparcamiento e IVA
                - Agua embotellada y wifi a bordo

                Después del anochecer, la Torre Eiffel centellea durante cinco minutos al
                comienzo de cada hora: su chófer organiza la parada en el Trocadero para que no
                se lo pierda.
            """),
        ),
        "pt": PageText(
            title="Paris à noite",
            meta_description=(
                "Um passeio noturno privado pela Paris iluminada: a Torre Eiffel a cintilar, "
                "os Campos Elísios, as pontes do Sena e a Ópera Garnier."
            ),
            body=md("""
                Quando a noite cai, Paris torna-se a Cidade Luz. Este passeio privado mostra-lhe
                as suas iluminações mais bonitas ao seu ritmo, com paragens para fotografias.

                ## Itinerário

                - Recolha no seu hotel ou à saída do restaurante
                - A Ópera Garnier e a Praça Vendôme
                - A Praça da Concórdia e os Campos Elísios até ao Arco do Triunfo
                - O Trocadéro à hora certa, quando a Torre Eiffel cintila
                - Ao longo do Sena: o Grand Palais, a ponte Alexandre III e o Louvre
                - A Île Saint-Louis, Notre-Dame e o Hôtel de Ville
                - Montmartre, para um último olhar sobre as luzes da cidade
                - Regresso ao seu hotel ou a qualquer morada em Paris

                ## Incluído

                - Veículo privado e motorista bilingue (francês e inglês) durante duas horas e
                  meia
                - Combustível, estacionamento e IVA
                - Água engarrafada e Wi-Fi a bordo

                Depois de anoitecer, a Torre Eiffel cintila durante cinco minutos no início de
                cada hora: o seu motorista planeia a paragem no Trocadéro para que não perca o
                momento.
            """),
        ),
    },
)

PARIS_TOURS: tuple[TourSpec, ...] = (PARIS_HIGHLIGHTS, PARIS_BY_NIGHT)
