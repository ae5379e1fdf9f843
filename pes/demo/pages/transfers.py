"""Demo content of the service pages: airports, stations, Disneyland, hourly hire."""

from __future__ import annotations

from pes.demo.text import PageText, Translations, md

AIRPORT_TRANSFERS: Translations = {
    "en": PageText(
        title="Airport transfers in Paris",
        meta_description=(
            "Fixed-price private transfers between Paris and Charles de Gaulle, Orly or "
            "Beauvais airports. Flight tracking, meet & greet and child seats available."
        ),
        body=md("""
            Start or end your trip without queues or surprises. Your chauffeur follows your
            flight, waits for you if you land late and drives you straight to your hotel,
            apartment or meeting.

            ## Our airports

            - **Paris Charles de Gaulle (CDG)**: about 50 minutes from central Paris
            - **Paris Orly (ORY)**: about 35 minutes from central Paris
            - **Paris Beauvais (BVA)**: about 90 minutes from central Paris

            ## Included in every transfer

            - A fixed price per vehicle, agreed when you book
            - Flight tracking and free waiting time after landing
            - Tolls, parking and VAT
            - Help with your luggage

            ## Options

            Add a meet & greet in the arrivals hall with a name sign, child seats or an extra
            stop on the way. A night surcharge applies to pickups between 10 pm and 6 am.
        """),
    ),
    "fr": PageText(
        title="Transferts aéroport à Paris",
        meta_description=(
            "Transferts privés à prix fixe entre Paris et les aéroports Charles-de-Gaulle, "
            "Orly ou Beauvais. Suivi des vols, accueil personnalisé, sièges enfants."
        ),
        body=md("""
            Commencez ou terminez votre voyage sans file d'attente ni mauvaise surprise. Votre
            chauffeur suit votre vol, vous attend si vous atterrissez en retard et vous conduit
            directement à votre hôtel, à votre appartement ou à votre rendez-vous.

            ## Nos aéroports

            - **Paris-Charles-de-Gaulle (CDG)** : environ 50 minutes du centre de Paris
            - **Paris-Orly (ORY)** : environ 35 minutes du centre de Paris
            - **Paris-Beauvais (BVA)** : environ 1 h 30 du centre de Paris

            ## Compris dans chaque transfert

            - Un prix fixe par véhicule, connu dès la réservation
            - Le suivi de votre vol et un temps d'attente offert après l'atterrissage
            - Péages, stationnement et TVA
            - L'aide avec vos bagages

            ## En option

            Ajoutez l'accueil personnalisé avec pancarte dans le hall des arrivées, des sièges
            enfants ou un arrêt supplémentaire en chemin. Une majoration de nuit s'applique aux
            prises en charge entre 22 h et 6 h.
        """),
    ),
    "es": PageText(
        title="Traslados al aeropuerto en París",
        meta_description=(
            "Traslados privados a precio cerrado entre París y los aeropuertos de Charles de "
            "Gaulle, Orly o Beauvais. Seguimiento del vuelo y sillas infantiles."
        ),
        body=md("""
            Empiece o termine su viaje sin colas ni sorpresas. Su chófer sigue su vuelo, le
            espera si aterriza con retraso y le lleva directamente a su hotel, a su apartamento
            o a su reunión.

            ## Nuestros aeropuertos

            - **París-Charles de Gaulle (CDG)**: unos 50 minutos del centro de París
            - **París-Orly (ORY)**: unos 35 minutos del centro de París
            - **París-Beauvais (BVA)**: alrededor de hora y media del centro de París

            ## Incluido en cada traslado

            - Un precio cerrado por vehículo, fijado al reservar
            - Seguimiento del vuelo y tiempo de espera gratuito tras el aterrizaje
            - Peajes, aparcamiento e IVA
            - Ayuda con el equipaje

            ## Opciones

            Añada el servicio de recepción con cartel en la sala de llegadas, sillas infantiles
            o una parada adicional en el camino. Se aplica un suplemento nocturno a las
            recogidas entre las 22:00 y las 6:00.
        """),
    ),
    "pt": PageText(
        title="Transferes de aeroporto em Paris",
        meta_description=(
            "Transferes privados a preço fixo entre Paris e os aeroportos Charles de Gaulle, "
            "Orly ou Beauvais. Acompanhamento do voo e cadeiras de criança."
        ),
        body=md("""
            Comece ou termine a sua viagem sem filas nem surpresas. O seu motorista acompanha o
            seu voo, espera por si se aterrar com atraso e leva-o diretamente ao hotel, ao
            apartamento ou à reunião.

            ## Os nossos aeroportos

            - **Paris-Charles de Gaulle (CDG)**: cerca de 50 minutos do centro de Paris
            - **Paris-Orly (ORY)**: cerca de 35 minutos do centro de Paris
            - **Paris-Beauvais (BVA)**: cerca de hora e meia do centro de Paris

            ## Incluído em cada transfere

            - Um preço fixo por viatura, definido no momento da reserva
            - Acompanhamento do voo e tempo de espera gratuito após a aterragem
            - Portagens, estacionamento e IVA
            - Ajuda com a bagagem

            ## Opções

            Acrescente o serviço de receção com placa de identificação na zona de chegadas,
            cadeiras de criança ou uma paragem adicional pelo caminho. Aplica-se um suplemento
            noturno às recolhas entre as 22h00 e as 6h00.
        """),
    ),
}

AIRPORT_CDG: Translations = {
    "en": PageText(
        title="Charles de Gaulle Airport transfers",
        meta_description=(
            "Private chauffeur between Paris Charles de Gaulle Airport (CDG) and Paris, "
            "La Défense, Disneyland or Versailles. Fixed price, flight tracking included."
        ),
        body=md("""
            Charles de Gaulle, the main international airport of Paris, lies about 25 km
            north-east of the city. Depending on the traffic, the drive to central Paris takes
            45 minutes to an hour.

            ## How it works

            - Give us your flight number when you book: we follow your flight and adjust to any
              delay
            - Your chauffeur meets you at your terminal, with a name sign in the arrivals hall
              if you choose meet & greet
            - You are driven straight to your destination: no shared ride, no detours

            ## Popular routes

            - Central Paris, about 50 minutes
            - La Défense, about 55 minutes
            - Disneyland Paris, about 40 minutes
            - Orly Airport, for a connecting flight, about an hour

            Every terminal is served. Prices are fixed per vehicle and include tolls, parking
            and VAT.
        """),
    ),
    "fr": PageText(
        title="Transferts aéroport Charles-de-Gaulle",
        meta_description=(
            "Chauffeur privé entre l'aéroport Paris-Charles-de-Gaulle (CDG) et Paris, "
            "La Défense, Disneyland ou Versailles. Prix fixe, suivi du vol inclus."
        ),
        body=md("""
            Principal aéroport international de Paris, Charles-de-Gaulle se trouve à environ 25
            km au nord-est de la capitale. Selon la circulation, comptez de 45 minutes à une
            heure pour rejoindre le centre de Paris.

            ## Comment ça marche

            - Indiquez votre numéro de vol lors de la réservation : nous suivons votre vol et
              nous adaptons à tout retard
            - Votre chauffeur vous accueille à votre terminal, avec une pancarte à votre nom
              dans le hall des arrivées si vous choisissez l'accueil personnalisé
            - Vous êtes conduit directement à destination, sans trajet partagé ni détour

            ## Trajets les plus demandés

            - Centre de Paris, environ 50 minutes
            - La Défense, environ 55 minutes
            - Disneyland Paris, environ 40 minutes
            - Aéroport d'Orly, pour une correspondance, environ une heure

            Tous les terminaux sont desservis. Nos prix sont fixes par véhicule et comprennent
            péages, stationnement et TVA.
        """),
    ),
    "es": PageText(
        title="Traslados al aeropuerto Charles de Gaulle",
        meta_description=(
            "Chófer privado entre el aeropuerto París-Charles de Gaulle (CDG) y París, "
            "La Défense, Disneyland o Versalles. Precio cerrado y seguimiento del vuelo."
        ),
        body=md("""
            Charles de Gaulle, el principal aeropuerto internacional de París, está a unos 25 km
            al noreste de la ciudad. Según el tráfico, el trayecto hasta el centro de París dura
            entre 45 minutos y una hora.

            ## Cómo funciona

            - Indíquenos su número de vuelo al reservar: seguimos su vuelo y nos adaptamos a
              cualquier retraso
            - Su chófer le recibe en su terminal, con un cartel con su nombre en la sala de
              llegadas si elige el servicio de recepción
            - Le llevamos directamente a su destino: sin trayectos compartidos ni rodeos

            ## Rutas más solicitadas

            - Centro de París, unos 50 minutos
            - La Défense, unos 55 minutos
            - Disneyland París, unos 40 minutos
            - Aeropuerto de Orly, para un vuelo de conexión, alrededor de una hora

            Damos servicio en todas las terminales. Los precios son cerrados por vehículo e
            incluyen peajes, aparcamiento e IVA.
        """),
    ),
    "pt": PageText(
        title="Transferes do aeroporto Charles de Gaulle",
        meta_description=(
            "Motorista privado entre o aeroporto de Paris-Charles de Gaulle (CDG) e Paris, "
            "La Défense, Disneyland ou Versalhes. Preço fixo e voo acompanhado."
        ),
        body=md("""
            Charles de Gaulle, o principal aeroporto internacional de Paris, fica a cerca de 25
            km a nordeste da cidade. Consoante o trânsito, a viagem até ao centro de Paris
            demora entre 45 minutos e uma hora.

            ## Como funciona

            - Indique o número do seu voo ao reservar: acompanhamos o voo e adaptamo-nos a
              qualquer atraso
            - O seu motorista recebe-o no seu terminal, com uma placa com o seu nome na zona de
              chegadas se escolher o serviço de receção
            - Segue diretamente para o seu destino: sem viagens partilhadas nem desvios

            ## Percursos mais procurados

            - Centro de Paris, cerca de 50 minutos
            - La Défense, cerca de 55 minutos
            - Disneyland Paris, cerca de 40 minutos
            - Aeroporto de Orly, para um voo de ligação, cerca de uma hora

            Servimos todos os terminais. Os preços são fixos por viatura e incluem portagens,
            estacionamento e IVA.
        """),
    ),
}

AIRPORT_ORLY: Translations = {
    "en": PageText(
        title="Orly Airport transfers",
        meta_description=(
            "Private chauffeur between Paris Orly Airport (ORY) and your hotel, a Paris "
            "station, Versailles or Disneyland. Fixed price and flight tracking."
        ),
        body=md("""
            Orly, just south of Paris, is the city's second airport and the closest to the
            centre: about 35 minutes to the Left Bank, a little more to the Right Bank at busy
            times.

            ## How it works

            - Give us your flight number when you book: we follow your flight in real time
            - Your chauffeur waits for you at arrivals in Orly 1, 2, 3 or 4, with a name sign if
              you add meet & greet
            - You travel directly to your address, with no shared ride

            ## Popular routes

            - Central Paris, about 35 minutes
            - Gare Montparnasse and Gare de Lyon, about 30 to 35 minutes
            - Palace of Versailles, about 35 minutes
            - Charles de Gaulle Airport, about an hour

            Prices are fixed per vehicle and include tolls, parking and VAT.
        """),
    ),
    "fr": PageText(
        title="Transferts aéroport d'Orly",
        meta_description=(
            "Chauffeur privé entre l'aéroport Paris-Orly (ORY) et votre hôtel, une gare "
            "parisienne, Versailles ou Disneyland. Prix fixe et suivi du vol."
        ),
        body=md("""
            Au sud de Paris, Orly est le deuxième aéroport de la capitale et le plus proche du
            centre : environ 35 minutes jusqu'à la rive gauche, un peu plus pour la rive droite
            aux heures de pointe.

            ## Comment ça marche

            - Indiquez votre numéro de vol lors de la réservation : nous le suivons en temps
              réel
            - Votre chauffeur vous attend aux arrivées d'Orly 1, 2, 3 ou 4, avec une pancarte à
              votre nom si vous ajoutez l'accueil personnalisé
            - Vous rejoignez directement votre adresse, sans trajet partagé

            ## Trajets les plus demandés

            - Centre de Paris, environ 35 minutes
            - Gare Montparnasse et gare de Lyon, de 30 à 35 minutes environ
            - Château de Versailles, environ 35 minutes
            - Aéroport Charles-de-Gaulle, environ une heure

            Nos prix sont fixes par véhicule et comprennent péages, stationnement et TVA.
        """),
    ),
    "es": PageText(
        title="Traslados al aeropuerto de Orly",
        meta_description=(
            "Chófer privado entre el aeropuerto París-Orly (ORY) y su hotel, una estación de "
            "París, Versalles o Disneyland. Precio cerrado y seguimiento del vuelo."
        ),
        body=md("""
            Al sur de París, Orly es el segundo aeropuerto de la ciudad y el más cercano al
            centro: unos 35 minutos hasta la orilla izquierda, algo más hasta la orilla derecha
            en horas punta.

            ## Cómo funciona

            - Indíquenos su número de vuelo al reservar: lo seguimos en tiempo real
            - Su chófer le espera en las llegadas de Orly 1, 2, 3 o 4, con un cartel con su
              nombre si añade el servicio de recepción
            - Viaja directamente a su dirección, sin trayectos compartidos

            ## Rutas más solicitadas

            - Centro de París, unos 35 minutos
            - Estaciones de Montparnasse y Gare de Lyon, entre 30 y 35 minutos
            - Palacio de Versalles, unos 35 minutos
            - Aeropuerto Charles de Gaulle, alrededor de una hora

            Los precios son cerrados por vehículo e incluyen peajes, aparcamiento e IVA.
        """),
    ),
    "pt": PageText(
        title="Transferes do aeroporto de Orly",
        meta_description=(
            "Motorista privado entre o aeroporto de Paris-Orly (ORY) e o seu hotel, uma "
            "estação de Paris, Versalhes ou a Disneyland. Preço fixo."
        ),
        body=md("""
            A sul de Paris, Orly é o segundo aeroporto da cidade e o mais próximo do centro:
            cerca de 35 minutos até à margem esquerda, um pouco mais até à margem direita nas
            horas de ponta.

            ## Como funciona

            - Indique o número do seu voo ao reservar: acompanhamo-lo em tempo real
            - O seu motorista espera por si nas chegadas de Orly 1, 2, 3 ou 4, com uma placa com
              o seu nome se acrescentar o serviço de receção
            - Segue diretamente para a sua morada, sem viagens partilhadas

            ## Percursos mais procurados

            - Centro de Paris, cerca de 35 minutos
            - Estações de Montparnasse e Gare de Lyon, entre 30 e 35 minutos
            - Palácio de Versalhes, cerca de 35 minutos
            - Aeroporto Charles de Gaulle, cerca de uma hora

            Os preços são fixos por viatura e incluem portagens, estacionamento e IVA.
        """),
    ),
}

AIRPORT_BEAUVAIS: Translations = {
    "en": PageText(
        title="Beauvais Airport transfers",
        meta_description=(
            "Private transfers between Paris Beauvais Airport (BVA) and Paris: a comfortable, "
            "door-to-door alternative to the coach, at a fixed price per vehicle."
        ),
        body=md("""
            Beauvais-Tillé airport, used mainly by low-cost airlines, lies about 85 km north of
            Paris. The drive takes around an hour and a half, which is exactly when a quiet,
            comfortable car makes all the difference.

            ## Why book a chauffeur to Beauvais

            - Door-to-door service from your hotel, with no change at Porte Maillot
            - A fixed price per vehicle, shared by up to seven passengers in our vans
            - Flight tracking and free waiting time if your flight lands late
            - Plenty of room for your luggage

            ## Popular routes

            - Central Paris, about 90 minutes
            - La Défense, about 80 minutes
            - Charles de Gaulle Airport, about 75 minutes
            - Disneyland Paris, about 1 h 50

            For an early-morning flight, we recommend leaving Paris at least three hours before
            departure.
        """),
    ),
    "fr": PageText(
        title="Transferts aéroport de Beauvais",
        meta_description=(
            "Transferts privés entre l'aéroport Paris-Beauvais (BVA) et Paris : une "
            "alternative confortable à la navette, de porte à porte et à prix fixe."
        ),
        body=md("""
            Desservi surtout par les compagnies à bas coût, l'aéroport de Beauvais-Tillé se
            trouve à environ 85 km au nord de Paris. Le trajet dure environ une heure et demie :
            c'est là qu'une voiture calme et confortable fait toute la différence.

            ## Pourquoi réserver un chauffeur pour Beauvais

            - Un service de porte à porte depuis votre hôtel, sans changement à la porte Maillot
            - Un prix fixe par véhicule, partagé jusqu'à sept passagers dans nos vans
            - Le suivi de votre vol et un temps d'attente offert en cas de retard
            - De la place pour tous vos bagages

            ## Trajets les plus demandés

            - Centre de Paris, environ 1 h 30
            - La Défense, environ 1 h 20
            - Aéroport Charles-de-Gaulle, environ 1 h 15
            - Disneyland Paris, environ 1 h 50

            Pour un vol tôt le matin, nous vous conseillons de quitter Paris au moins trois
            heures avant le décollage.
        """),
    ),
    "es": PageText(
        title="Traslados al aeropuerto de Beauvais",
        meta_description=(
            "Traslados privados entre el aeropuerto París-Beauvais (BVA) y París: una "
            "alternativa cómoda al autobús, puerta a puerta y a precio cerrado."
        ),
        body=md("""
            El aeropuerto de Beauvais-Tillé, utilizado sobre todo por aerolíneas de bajo coste,
            está a unos 85 km al norte de París. El trayecto dura alrededor de hora y media, y
            es justo ahí donde un coche silencioso y cómodo marca la diferencia.

            ## Por qué reservar un chófer a Beauvais

            - Servicio puerta a puerta desde su hotel, sin transbordos en Porte Maillot
            - Un precio cerrado por vehículo, compartido por hasta siete pasajeros en nuestros
              monovolúmenes
            - Seguimiento del vuelo y tiempo de espera gratuito si aterriza con retraso
            - Espacio de sobra para su equipaje

            ## Rutas más solicitadas

            - Centro de París, alrededor de hora y media
            - La Défense, unos 80 minutos
            - Aeropuerto Charles de Gaulle, unos 75 minutos
            - Disneyland París, cerca de 1 h 50

            Para un vuelo a primera hora, le recomendamos salir de París al menos tres horas
            antes del despegue.
        """),
    ),
    "pt": PageText(
        title="Transferes do aeroporto de Beauvais",
        meta_description=(
            "Transferes privados entre o aeroporto de Paris-Beauvais (BVA) e Paris: uma "
            "alternativa confortável ao autocarro, porta a porta e a preço fixo."
        ),
        body=md("""
            Servido sobretudo por companhias aéreas de baixo custo, o aeroporto de
            Beauvais-Tillé fica a cerca de 85 km a norte de Paris. A viagem demora cerca de hora
            e meia, e é precisamente aí que um carro silencioso e confortável faz toda a
            diferença.

            ## Porquê reservar um motorista para Beauvais

            - Serviço porta a porta a partir do seu hotel, sem mudanças na Porte Maillot
            - Um preço fixo por viatura, partilhado por até sete passageiros nas nossas
              carrinhas
            - Acompanhamento do voo e tempo de espera gratuito se aterrar com atraso
            - Espaço de sobra para a sua bagagem

            ## Percursos mais procurados

            - Centro de Paris, cerca de hora e meia
            - La Défense, cerca de 80 minutos
            - Aeroporto Charles de Gaulle, cerca de 75 minutos
            - Disneyland Paris, cerca de 1 h 50

            Para um voo de manhã cedo, recomendamos que saia de Paris pelo menos três horas
            antes da partida.
        """),
    ),
}

STATION_TRANSFERS: Translations = {
    "en": PageText(
        title="Train station transfers",
        meta_description=(
            "Private chauffeur to and from every Paris railway terminal: Gare du Nord, Gare de "
            "Lyon, Montparnasse, Saint-Lazare and Gare de l'Est. Fixed prices."
        ),
        body=md("""
            Arriving by Eurostar, TGV or an international train? Your chauffeur can meet you at
            the end of your platform with a name sign and takes care of your luggage from the
            very first minute.

            ## The stations we serve

            - **Gare du Nord**: Eurostar from London, trains from Brussels, Amsterdam and the
              north of France
            - **Gare de Lyon**: TGV from Lyon, the south of France, Switzerland and Italy
            - **Gare Montparnasse**: trains from Brittany, Bordeaux and the south-west
            - **Gare Saint-Lazare**: trains from Normandy
            - **Gare de l'Est**: trains from Strasbourg, Germany and Luxembourg

            ## Good to know

            Give us your train number when you book: we follow any delay and adjust the pickup
            time. A transfer between a station and central Paris takes about 20 minutes; we also
            drive from every station to the airports, Disneyland and Versailles.
        """),
    ),
    "fr": PageText(
        title="Transferts gare",
        meta_description=(
            "Chauffeur privé depuis et vers les gares parisiennes : gare du Nord, gare de "
            "Lyon, Montparnasse, Saint-Lazare et gare de l'Est. Prix fixes."
        ),
        body=md("""
            Vous arrivez en Eurostar, en TGV ou en train international ? Votre chauffeur peut
            vous accueillir en bout de quai avec une pancarte à votre nom et prend en charge vos
            bagages dès la première minute.

            ## Les gares desservies

            - **Gare du Nord** : Eurostar depuis Londres, trains de Bruxelles, d'Amsterdam et du
              nord de la France
            - **Gare de Lyon** : TGV de Lyon, du sud de la France, de Suisse et d'Italie
            - **Gare Montparnasse** : trains de Bretagne, de Bordeaux et du Sud-Ouest
            - **Gare Saint-Lazare** : trains de Normandie
            - **Gare de l'Est** : trains de Strasbourg, d'Allemagne et du Luxembourg

            ## Bon à savoir

            Indiquez votre numéro de train lors de la réservation : nous suivons les éventuels
            retards et adaptons l'heure de prise en charge. Un transfert entre une gare et le
            centre de Paris dure environ 20 minutes ; nous vous conduisons aussi de chaque gare
            vers les aéroports, Disneyland et Versailles.
        """),
    ),
    "es": PageText(
        title="Traslados a las estaciones de tren",
        meta_description=(
            "Chófer privado desde y hacia las estaciones de París: Gare du Nord, Gare de Lyon, "
            "Montparnasse, Saint-Lazare y Gare de l'Est. Precios cerrados."
        ),
        body=md("""
            ¿Llega en Eurostar, en TGV o en un tren internacional? Su chófer puede recibirle al
            final del andén con un cartel con su nombre y se ocupa de su equipaje desde el
            primer minuto.

            ## Estaciones a las que damos servicio

            - **Gare du Nord**: Eurostar desde Londres y trenes de Bruselas, Ámsterdam y el
              norte de Francia
            - **Gare de Lyon**: TGV de Lyon, el sur de Francia, Suiza e Italia
            - **Gare Montparnasse**: trenes de Bretaña, Burdeos y el suroeste
            - **Gare Saint-Lazare**: trenes de Normandía
            - **Gare de l'Est**: trenes de Estrasburgo, Alemania y Luxemburgo

            ## A tener en cuenta

            Indíquenos su número de tren al reservar: seguimos cualquier retraso y adaptamos la
            hora de recogida. Un traslado entre una estación y el centro de París dura unos 20
            minutos; también le llevamos desde cualquier estación a los aeropuertos, a
            Disneyland o a Versalles.
        """),
    ),
    "pt": PageText(
        title="Transferes de estação",
        meta_description=(
            "Motorista privado de e para as estações de Paris: Gare du Nord, Gare de Lyon, "
            "Montparnasse, Saint-Lazare e Gare de l'Est. Preços fixos."
        ),
        body=md("""
            Chega de Eurostar, de TGV ou num comboio internacional? O seu motorista pode
            esperá-lo no fim da plataforma com uma placa com o seu nome e trata da sua bagagem
            desde o primeiro minuto.

            ## As estações que servimos

            - **Gare du Nord**: Eurostar de Londres e comboios de Bruxelas, Amesterdão e do
              norte de França
            - **Gare de Lyon**: TGV de Lyon, do sul de França, da Suíça e de Itália
            - **Gare Montparnasse**: comboios da Bretanha, de Bordéus e do sudoeste
            - **Gare Saint-Lazare**: comboios da Normandia
            - **Gare de l'Est**: comboios de Estrasburgo, da Alemanha e do Luxemburgo

            ## Informações úteis

            Indique o número do seu comboio ao reservar: acompanhamos qualquer atraso e
            ajustamos a hora de recolha. Um transfere entre uma estação e o centro de Paris
            demora cerca de 20 minutos; também o levamos de qualquer estação aos aeroportos, à
            Disneyland ou a Versalhes.
        """),
    ),
}

DISNEYLAND: Translations = {
    "en": PageText(
        title="Disneyland Paris transfers",
        meta_description=(
            "Private transfers to Disneyland Paris from the Paris airports, stations and "
            "hotels, in spacious vans with child seats on request. Fixed price per vehicle."
        ),
        body=md("""
            Let the magic begin as soon as you land. Our chauffeurs drive families from the
            Paris airports, stations and hotels straight to the Disneyland Paris hotels and
            parks: about 40 minutes from Charles de Gaulle and 50 minutes from central Paris.

            ## Made for families

            - Spacious Mercedes V-Class vans for up to seven passengers and seven suitcases
            - Baby seats, child seats and boosters on request, fitted before you arrive
            - Pickup at your Disney hotel or at the entrance to the parks
            - A fixed price per vehicle, not per person

            ## Popular routes

            - Charles de Gaulle Airport to Disneyland Paris
            - Orly Airport to Disneyland Paris
            - Central Paris to Disneyland Paris, and back
            - Disneyland Paris to the Palace of Versailles

            When you book, tell us how many children are travelling and their ages: French law
            requires a suitable child seat for children under ten.
        """),
    ),
    "fr": PageText(
        title="Transferts Disneyland Paris",
        meta_description=(
            "Transferts privés vers Disneyland Paris depuis les aéroports, gares et hôtels "
            "parisiens, en van spacieux, sièges enfants sur demande. Prix fixe."
        ),
        body=md("""
            Que la magie commence dès l'atterrissage ! Nos chauffeurs conduisent les familles
            des aéroports, des gares et des hôtels parisiens jusqu'aux hôtels et aux parcs
            Disneyland Paris : environ 40 minutes depuis Charles-de-Gaulle et 50 minutes depuis
            le centre de Paris.

            ## Pensé pour les familles

            - Des Mercedes Classe V spacieux, jusqu'à sept passagers et sept valises
            - Sièges bébé, sièges enfants et rehausseurs sur demande, installés avant votre
              arrivée
            - Prise en charge à votre hôtel Disney ou à l'entrée des parcs
            - Un prix fixe par véhicule, et non par personne

            ## Trajets les plus demandés

            - Aéroport Charles-de-Gaulle – Disneyland Paris
            - Aéroport d'Orly – Disneyland Paris
            - Paris centre – Disneyland Paris, à l'aller comme au retour
            - Disneyland Paris – château de Versailles

            Lors de la réservation, indiquez-nous le nombre et l'âge des enfants : la loi
            française impose un siège adapté aux enfants de moins de dix ans.
        """),
    ),
    "es": PageText(
        title="Traslados a Disneyland París",
        meta_description=(
            "Traslados privados a Disneyland París desde los aeropuertos, las estaciones y los "
            "hoteles de París, en amplios monovolúmenes con sillas infantiles."
        ),
        body=md("""
            Que la magia empiece nada más aterrizar. Nuestros chóferes llevan a las familias
            desde los aeropuertos, las estaciones y los hoteles de París directamente a los
            hoteles y parques de Disneyland París: unos 40 minutos desde Charles de Gaulle y 50
            minutos desde el centro de París.

            ## Pensado para familias

            - Amplios Mercedes Clase V para un máximo de siete pasajeros y siete maletas
            - Sillas de bebé, sillas infantiles y elevadores bajo petición, instalados antes de
              su llegada
            - Recogida en su hotel Disney o en la entrada de los parques
            - Un precio cerrado por vehículo, no por persona

            ## Rutas más solicitadas

            - Aeropuerto Charles de Gaulle – Disneyland París
            - Aeropuerto de Orly – Disneyland París
            - Centro de París – Disneyland París, a la ida o a la vuelta
            - Disneyland París – Palacio de Versalles

            Al reservar, indíquenos cuántos niños viajan y sus edades: la ley francesa exige una
            silla adecuada para los menores de diez años.
        """),
    ),
    "pt": PageText(
        title="Transferes para a Disneyland Paris",
        meta_description=(
            "Transferes privados para a Disneyland Paris a partir dos aeroportos, estações e "
            "hotéis de Paris, em carrinhas espaçosas com cadeiras de criança."
        ),
        body=md("""
            Que a magia comece logo à chegada. Os nossos motoristas levam as famílias dos
            aeroportos, das estações e dos hotéis de Paris diretamente aos hotéis e parques da
            Disneyland Paris: cerca de 40 minutos a partir de Charles de Gaulle e 50 a partir do
            centro de Paris.

            ## Pensado para famílias

            - Carrinhas Mercedes Classe V espaçosas, para até sete passageiros e sete malas
            - Cadeiras de bebé, cadeiras de criança e assentos elevatórios mediante pedido,
              instalados antes da sua chegada
            - Recolha no seu hotel Disney ou à entrada dos parques
            - Um preço fixo por viatura, não por pessoa

            ## Percursos mais procurados

            - Aeroporto Charles de Gaulle – Disneyland Paris
            - Aeroporto de Orly – Disneyland Paris
            - Centro de Paris – Disneyland Paris, na ida ou no regresso
            - Disneyland Paris – Palácio de Versalhes

            Ao reservar, indique-nos o número e a idade das crianças: a lei francesa exige uma
            cadeira adequada para crianças com menos de dez anos.
        """),
    ),
}

HOURLY_HIRE: Translations = {
    "en": PageText(
        title="Chauffeur by the hour",
        meta_description=(
            "Hire a private chauffeur and Mercedes by the hour in Paris, from 3 to 12 hours: "
            "business meetings, shopping, events or a day at your own pace."
        ),
        body=md("""
            Need a car and chauffeur at your disposal for a few hours or a whole day? With
            hourly hire, your chauffeur follows your schedule, not the other way round.

            ## Ideal for

            - A day of business meetings across Paris and La Défense
            - An afternoon of shopping on Avenue Montaigne or Rue du Faubourg Saint-Honoré
            - Weddings, galas, concerts and evenings out
            - A day out on a programme you plan yourself

            ## How it works

            - Book from three to twelve hours, at a fixed hourly rate per vehicle class
            - Your chauffeur picks you up at the time and address of your choice
            - Stop as often as you like: your chauffeur waits nearby and is back as soon as you
              need them
            - Fuel and VAT are included

            For a trip outside the Paris region, our private tours are the better choice; for
            any other request, write to us.
        """),
    ),
    "fr": PageText(
        title="Chauffeur à disposition",
        meta_description=(
            "Un chauffeur privé et sa Mercedes à votre disposition à Paris, de 3 à 12 heures : "
            "rendez-vous d'affaires, achats, événements ou journée à votre rythme."
        ),
        body=md("""
            Besoin d'une voiture avec chauffeur pour quelques heures ou une journée entière ?
            Avec la mise à disposition, c'est votre chauffeur qui s'adapte à votre emploi du
            temps, et non l'inverse.

            ## Idéal pour

            - Une journée de rendez-vous d'affaires entre Paris et La Défense
            - Un après-midi d'achats avenue Montaigne ou rue du Faubourg-Saint-Honoré
            - Mariages, galas, concerts et sorties en soirée
            - Une escapade dont vous choisissez vous-même le programme

            ## Comment ça marche

            - Réservez de trois à douze heures, à un tarif horaire fixe selon la catégorie de
              véhicule
            - Votre chauffeur vous prend en charge à l'heure et à l'adresse de votre choix
            - Arrêtez-vous aussi souvent que vous le souhaitez : votre chauffeur patiente à
              proximité et revient dès que vous l'appelez
            - Carburant et TVA compris

            Pour sortir de la région parisienne, nos excursions privées sont plus adaptées ;
            pour toute autre demande, écrivez-nous.
        """),
    ),
    "es": PageText(
        title="Chófer por horas",
        meta_description=(
            "Un chófer privado y su Mercedes a su disposición en París, de 3 a 12 horas: "
            "reuniones de negocios, compras, eventos o un día a su ritmo."
        ),
        body=md("""
            ¿Necesita un coche con chófer durante unas horas o un día entero? Con el servicio
            por horas, su chófer se adapta a su agenda, y no al revés.

            ## Ideal para

            - Una jornada de reuniones de negocios entre París y La Défense
            - Una tarde de compras en la avenue Montaigne o la rue du Faubourg Saint-Honoré
            - Bodas, galas, conciertos y salidas nocturnas
            - Una excursión con el programa que usted mismo elija

            ## Cómo funciona

            - Reserve entre tres y doce horas, con una tarifa por hora fija según la categoría
              del vehículo
            - Su chófer le recoge a la hora y en la dirección que usted elija
            - Deténgase tantas veces como quiera: su chófer espera cerca y vuelve en cuanto le
              necesite
            - Combustible e IVA incluidos

            Para salir de la región de París, nuestras excursiones privadas son la mejor opción;
            para cualquier otra petición, escríbanos.
        """),
    ),
    "pt": PageText(
        title="Motorista à hora",
        meta_description=(
            "Um motorista privado e o seu Mercedes ao seu dispor em Paris, de 3 a 12 horas: "
            "reuniões de negócios, compras, eventos ou um dia ao seu ritmo."
        ),
        body=md("""
            Precisa de um carro com motorista durante algumas horas ou um dia inteiro? Com o
            serviço à hora, é o seu motorista que se adapta à sua agenda, e não o contrário.

            ## Ideal para

            - Um dia de reuniões de negócios entre Paris e La Défense
            - Uma tarde de compras na Avenue Montaigne ou na Rue du Faubourg Saint-Honoré
            - Casamentos, galas, concertos e saídas à noite
            - Um passeio com o programa que escolher

            ## Como funciona

            - Reserve entre três e doze horas, a uma tarifa horária fixa por categoria de
              viatura
            - O seu motorista vai buscá-lo à hora e à morada que escolher
            - Pare as vezes que quiser: o motorista aguarda por perto e volta assim que precisar
              dele
            - Combustível e IVA incluídos

            Para sair da região de Paris, as nossas excursões privadas são a melhor escolha;
            para qualquer outro pedido, escreva-nos.
        """),
    ),
}
