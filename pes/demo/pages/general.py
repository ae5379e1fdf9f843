"""Demo content of the general pages: home, tours index, fleet, about, contact."""

from __future__ import annotations

from pes.demo.text import PageText, Translations, md

HOME: Translations = {
    "en": PageText(
        title="Private chauffeurs in Paris",
        meta_description=(
            "Premium chauffeur service in Paris: fixed-price airport and station transfers, "
            "hourly hire and private tours in Mercedes vehicles. Book online in minutes."
        ),
        body=md("""
            ## Your chauffeur in Paris, at a fixed price

            Paris Elite Services drives travellers, families and business guests around Paris
            and the Île-de-France region in Mercedes E-Class, V-Class and S-Class vehicles. The
            price you see when you book is the price you pay: tolls, parking and waiting for
            delayed flights are included.

            ## Our services

            - **Airport transfers** to and from Charles de Gaulle, Orly and Beauvais
            - **Station transfers** at every Paris railway terminal
            - **Disneyland Paris and Versailles**, door to door
            - **Hourly hire**: a chauffeur at your disposal from three hours
            - **Private tours** in Paris and beyond, from Giverny to Mont-Saint-Michel

            Book online in a few minutes, pay securely by card and receive your confirmation
            straight away. Cancellation is free up to 24 hours before pickup.
        """),
    ),
    "fr": PageText(
        title="Chauffeur privé à Paris",
        meta_description=(
            "Chauffeur haut de gamme à Paris : transferts aéroport et gare à prix fixe, mise à "
            "disposition et excursions privées en Mercedes. Réservation en ligne."
        ),
        body=md("""
            ## Votre chauffeur à Paris, à prix fixe

            Paris Elite Services conduit voyageurs, familles et clients d'affaires dans Paris et
            en Île-de-France, à bord de Mercedes Classe E, Classe V et Classe S. Le prix affiché
            lors de la réservation est celui que vous payez : péages, stationnement et attente
            en cas de retard de vol sont compris.

            ## Nos services

            - **Transferts aéroport** depuis et vers Charles-de-Gaulle, Orly et Beauvais
            - **Transferts gare** pour toutes les grandes gares parisiennes
            - **Disneyland Paris et Versailles**, de porte à porte
            - **Mise à disposition** : un chauffeur rien que pour vous, à partir de trois heures
            - **Excursions privées** dans Paris et au-delà, de Giverny au Mont-Saint-Michel

            Réservez en ligne en quelques minutes, payez par carte en toute sécurité et recevez
            aussitôt votre confirmation. L'annulation est gratuite jusqu'à 24 heures avant la
            prise en charge.
        """),
    ),
    "es": PageText(
        title="Chófer privado en París",
        meta_description=(
            "Chófer de alta gama en París: traslados al aeropuerto y a la estación a precio "
            "cerrado, servicio por horas y excursiones privadas en Mercedes."
        ),
        body=md("""
            ## Su chófer en París, a precio cerrado

            Paris Elite Services lleva a viajeros, familias y clientes de empresa por París y la
            región de Île-de-France en vehículos Mercedes Clase E, Clase V y Clase S. El precio
            que ve al reservar es el precio que paga: peajes, aparcamiento y espera por retrasos
            de vuelo incluidos.

            ## Nuestros servicios

            - **Traslados al aeropuerto** desde y hacia Charles de Gaulle, Orly y Beauvais
            - **Traslados a las estaciones** de tren de París
            - **Disneyland París y Versalles**, puerta a puerta
            - **Chófer por horas**: un vehículo a su disposición a partir de tres horas
            - **Excursiones privadas** por París y alrededores, de Giverny al Monte Saint-Michel

            Reserve en línea en pocos minutos, pague con tarjeta de forma segura y reciba su
            confirmación al instante. La cancelación es gratuita hasta 24 horas antes de la
            recogida.
        """),
    ),
    "pt": PageText(
        title="Motorista privado em Paris",
        meta_description=(
            "Motorista premium em Paris: transferes de aeroporto e estação a preço fixo, "
            "serviço à hora e excursões privadas em Mercedes. Reserve online."
        ),
        body=md("""
            ## O seu motorista em Paris, a preço fixo

            A Paris Elite Services transporta viajantes, famílias e clientes empresariais em
            Paris e na região de Île-de-France, em viaturas Mercedes Classe E, Classe V e Classe
            S. O preço que vê ao reservar é o preço que paga: portagens, estacionamento e espera
            por atrasos de voo estão incluídos.

            ## Os nossos serviços

            - **Transferes de aeroporto** de e para Charles de Gaulle, Orly e Beauvais
            - **Transferes de estação** em todas as estações ferroviárias de Paris
            - **Disneyland Paris e Versalhes**, porta a porta
            - **Motorista à hora**: uma viatura ao seu dispor a partir de três horas
            - **Excursões privadas** em Paris e arredores, de Giverny ao Monte Saint-Michel

            Reserve online em poucos minutos, pague com cartão em total segurança e receba de
            imediato a sua confirmação. O cancelamento é gratuito até 24 horas antes da recolha.
        """),
    ),
}

TOURS_INDEX: Translations = {
    "en": PageText(
        title="Private tours from Paris",
        meta_description=(
            "Private chauffeur-driven tours in Paris and beyond: Paris by night, Versailles, "
            "Giverny, Champagne, the Loire Valley, Normandy and Mont-Saint-Michel."
        ),
        body=md("""
            Discover Paris and the great sites of France in a private vehicle, with a chauffeur
            who knows the roads, the best viewpoints and the right time to arrive.

            ## Why a private tour

            - Just you and your companions, never a shared coach
            - Pickup and drop-off at your hotel or address in Paris
            - An itinerary at your own pace: linger where you like, skip what you don't
            - A fixed price per vehicle, for up to seven passengers in our vans

            ## Our tours

            From a three-hour drive past the Paris landmarks to a full day in Champagne or on
            the Normandy beaches, every tour below can be booked online. Entrance tickets are
            not included, but we are glad to reserve them for you.

            Dreaming of an itinerary that is not listed here? Write to us and we will design it
            with you.
        """),
    ),
    "fr": PageText(
        title="Excursions privées au départ de Paris",
        meta_description=(
            "Excursions privées avec chauffeur : Paris illuminé, Versailles, Giverny, la "
            "Champagne, les châteaux de la Loire, la Normandie et le Mont-Saint-Michel."
        ),
        body=md("""
            Découvrez Paris et les grands sites de France à bord d'un véhicule privé, avec un
            chauffeur qui connaît les routes, les plus beaux points de vue et le bon moment pour
            arriver.

            ## Pourquoi une excursion privée

            - Vous et vos proches uniquement, jamais d'autocar partagé
            - Prise en charge et retour à votre hôtel ou à votre adresse parisienne
            - Un programme à votre rythme : attardez-vous où bon vous semble
            - Un prix fixe par véhicule, jusqu'à sept passagers dans nos vans

            ## Nos excursions

            D'un tour de trois heures devant les monuments de Paris à une journée en Champagne
            ou sur les plages de Normandie, chacune de nos excursions se réserve en ligne. Les
            billets d'entrée ne sont pas inclus, mais nous les réservons volontiers pour vous.

            Vous rêvez d'un itinéraire qui ne figure pas ici ? Écrivez-nous, nous le
            construirons avec vous.
        """),
    ),
    "es": PageText(
        title="Excursiones privadas desde París",
        meta_description=(
            "Excursiones privadas con chófer por París y alrededores: París de noche, "
            "Versalles, Giverny, Champaña, el Loira, Normandía y el Monte Saint-Michel."
        ),
        body=md("""
            Descubra París y los grandes lugares de Francia en un vehículo privado, con un
            chófer que conoce las carreteras, los mejores miradores y el momento ideal para
            llegar.

            ## Por qué una excursión privada

            - Solo usted y sus acompañantes, nunca en un autocar compartido
            - Recogida y regreso en su hotel o en su dirección de París
            - Un programa a su ritmo: deténgase donde quiera el tiempo que quiera
            - Un precio cerrado por vehículo, hasta siete pasajeros en nuestros monovolúmenes

            ## Nuestras excursiones

            Desde un recorrido de tres horas por los monumentos de París hasta un día entero en
            Champaña o en las playas de Normandía, todas nuestras excursiones se reservan en
            línea. Las entradas no están incluidas, pero con gusto las reservamos por usted.

            ¿Sueña con un itinerario que no aparece aquí? Escríbanos y lo diseñaremos con usted.
        """),
    ),
    "pt": PageText(
        title="Excursões privadas a partir de Paris",
        meta_description=(
            "Excursões privadas com motorista em Paris e arredores: Paris à noite, Versalhes, "
            "Giverny, Champanhe, o Loire, a Normandia e o Monte Saint-Michel."
        ),
        body=md("""
            Descubra Paris e os grandes destinos de França num veículo privado, com um motorista
            que conhece as estradas, os melhores miradouros e a hora certa para chegar.

            ## Porquê uma excursão privada

            - Só para si e para quem o acompanha, nunca num autocarro partilhado
            - Recolha e regresso no seu hotel ou na sua morada em Paris
            - Um programa ao seu ritmo: demore-se onde quiser
            - Um preço fixo por viatura, até sete passageiros nas nossas carrinhas

            ## As nossas excursões

            De um passeio de três horas pelos monumentos de Paris a um dia inteiro na Champanhe
            ou nas praias da Normandia, todas as nossas excursões podem ser reservadas online.
            Os bilhetes de entrada não estão incluídos, mas teremos todo o gosto em reservá-los
            por si.

            Sonha com um itinerário que não encontra aqui? Escreva-nos e criamo-lo consigo.
        """),
    ),
}

FLEET: Translations = {
    "en": PageText(
        title="Our fleet",
        meta_description=(
            "Travel in a recent Mercedes: the E-Class Business saloon, the V-Class Van for up "
            "to seven passengers and the S-Class First limousine."
        ),
        body=md("""
            Every vehicle in our fleet is a recent Mercedes-Benz, serviced to the manufacturer's
            standards, cleaned before each journey and driven by a professional chauffeur
            holding a VTC licence.

            ## Business — Mercedes E-Class

            Our most popular choice for airport transfers and business travel: up to three
            passengers and three suitcases in a quiet, elegant saloon.

            ## Van — Mercedes V-Class

            Seven leather seats and room for seven suitcases: ideal for families, groups and
            trips to Disneyland. Child seats are available on request.

            ## First — Mercedes S-Class

            Our flagship limousine for the most demanding guests: up to three passengers and two
            suitcases, reclining rear seats and perfect calm.

            ## On board every vehicle

            - Bottled water
            - Wi-Fi and phone chargers
            - Air conditioning
        """),
    ),
    "fr": PageText(
        title="Notre flotte",
        meta_description=(
            "Voyagez en Mercedes récente : la berline Classe E Business, le van Classe V "
            "jusqu'à sept passagers et la limousine Classe S First."
        ),
        body=md("""
            Tous nos véhicules sont des Mercedes-Benz récentes, entretenues selon les normes du
            constructeur, nettoyées avant chaque trajet et conduites par des chauffeurs
            professionnels titulaires de la carte VTC.

            ## Business — Mercedes Classe E

            Notre catégorie la plus demandée pour les transferts aéroport et les déplacements
            professionnels : jusqu'à trois passagers et trois valises dans une berline élégante
            et silencieuse.

            ## Van — Mercedes Classe V

            Sept sièges en cuir et de la place pour sept valises : idéal pour les familles, les
            groupes et les séjours à Disneyland. Sièges enfants sur demande.

            ## First — Mercedes Classe S

            Notre limousine d'exception pour les clients les plus exigeants : jusqu'à trois
            passagers et deux valises, sièges arrière inclinables et calme absolu.

            ## À bord de chaque véhicule

            - Eau minérale
            - Wi-Fi et chargeurs de téléphone
            - Climatisation
        """),
    ),
    "es": PageText(
        title="Nuestra flota",
        meta_description=(
            "Viaje en un Mercedes reciente: la berlina Clase E Business, el monovolumen Clase "
            "V para hasta siete pasajeros y la limusina Clase S First."
        ),
        body=md("""
            Todos nuestros vehículos son Mercedes-Benz recientes, mantenidos según las normas
            del fabricante, limpiados antes de cada trayecto y conducidos por chóferes
            profesionales con licencia VTC.

            ## Business — Mercedes Clase E

            Nuestra categoría más solicitada para traslados al aeropuerto y viajes de negocios:
            hasta tres pasajeros y tres maletas en una berlina elegante y silenciosa.

            ## Van — Mercedes Clase V

            Siete asientos de piel y espacio para siete maletas: ideal para familias, grupos y
            escapadas a Disneyland. Sillas infantiles bajo petición.

            ## First — Mercedes Clase S

            Nuestra limusina insignia para los clientes más exigentes: hasta tres pasajeros y
            dos maletas, asientos traseros reclinables y calma absoluta.

            ## A bordo de cada vehículo

            - Agua embotellada
            - Wifi y cargadores de teléfono
            - Climatización
        """),
    ),
    "pt": PageText(
        title="A nossa frota",
        meta_description=(
            "Viaje num Mercedes recente: a berlina Classe E Business, a carrinha Classe V "
            "para até sete passageiros e a limusina Classe S First."
        ),
        body=md("""
            Todas as nossas viaturas são Mercedes-Benz recentes, mantidas segundo as normas do
            fabricante, limpas antes de cada viagem e conduzidas por motoristas profissionais
            com licença VTC.

            ## Business — Mercedes Classe E

            A nossa categoria mais procurada para transferes de aeroporto e viagens de negócios:
            até três passageiros e três malas numa berlina elegante e silenciosa.

            ## Van — Mercedes Classe V

            Sete lugares em pele e espaço para sete malas: ideal para famílias, grupos e visitas
            à Disneyland. Cadeiras de criança mediante pedido.

            ## First — Mercedes Classe S

            A nossa limusina de topo para os clientes mais exigentes: até três passageiros e
            duas malas, bancos traseiros reclináveis e tranquilidade absoluta.

            ## A bordo de cada viatura

            - Água engarrafada
            - Wi-Fi e carregadores de telemóvel
            - Ar condicionado
        """),
    ),
}

ABOUT: Translations = {
    "en": PageText(
        title="About us",
        meta_description=(
            "Paris Elite Services is a Paris chauffeur company: punctual, discreet, "
            "fixed-price transfers, hourly hire and private tours."
        ),
        body=md("""
            Paris Elite Services is a chauffeur company based in Paris. We drive international
            travellers, families and business guests between the airports, the stations and the
            heart of the city, and take them further afield to discover Versailles, Champagne or
            Normandy.

            ## What we stand for

            - **Punctuality**: we follow every flight and train, and plan each route around the
              traffic
            - **Discretion**: professional chauffeurs holding a VTC licence, in dark suits and
              unmarked vehicles
            - **Clear prices**: a fixed price per vehicle, agreed when you book, with no hidden
              extras
            - **Care**: child seats, help with your luggage and a team that answers you in
              English, French, Spanish and Portuguese

            ## Our team

            Our chauffeurs know Paris inside out and are trained in safe, smooth driving. Behind
            them, our dispatch team follows every journey, day and night.
        """),
    ),
    "fr": PageText(
        title="Qui sommes-nous",
        meta_description=(
            "Paris Elite Services, société de chauffeurs parisienne : transferts, mise à "
            "disposition et excursions privées, ponctuels, discrets et à prix fixe."
        ),
        body=md("""
            Paris Elite Services est une société de chauffeurs privés basée à Paris. Nous
            conduisons voyageurs internationaux, familles et clients d'affaires entre les
            aéroports, les gares et le cœur de la capitale, et les emmenons plus loin à la
            découverte de Versailles, de la Champagne ou de la Normandie.

            ## Nos engagements

            - **Ponctualité** : nous suivons chaque vol et chaque train, et planifions chaque
              trajet en fonction de la circulation
            - **Discrétion** : des chauffeurs professionnels titulaires de la carte VTC, en
              costume sombre, dans des véhicules banalisés
            - **Transparence** : un prix fixe par véhicule, convenu à la réservation, sans frais
              cachés
            - **Attention** : sièges enfants, aide avec les bagages et une équipe qui vous
              répond en français, en anglais, en espagnol et en portugais

            ## Notre équipe

            Nos chauffeurs connaissent Paris par cœur et sont formés à une conduite sûre et
            souple. En coulisses, notre équipe de régulation suit chaque trajet, de jour comme
            de nuit.
        """),
    ),
    "es": PageText(
        title="Quiénes somos",
        meta_description=(
            "Paris Elite Services es una empresa de chóferes de París: traslados, servicio "
            "por horas y excursiones privadas, puntuales, discretos y a precio cerrado."
        ),
        body=md("""
            Paris Elite Services es una empresa de chóferes privados con sede en París. Llevamos
            a viajeros internacionales, familias y clientes de empresa entre los aeropuertos,
            las estaciones y el corazón de la ciudad, y les acompañamos más lejos para descubrir
            Versalles, Champaña o Normandía.

            ## Nuestros compromisos

            - **Puntualidad**: seguimos cada vuelo y cada tren, y planificamos cada ruta según
              el tráfico
            - **Discreción**: chóferes profesionales con licencia VTC, con traje oscuro y en
              vehículos sin rotular
            - **Transparencia**: un precio cerrado por vehículo, fijado al reservar, sin costes
              ocultos
            - **Atención**: sillas infantiles, ayuda con el equipaje y un equipo que le atiende
              en español, francés, inglés y portugués

            ## Nuestro equipo

            Nuestros chóferes conocen París como la palma de su mano y están formados en una
            conducción segura y suave. Tras ellos, nuestro equipo de coordinación sigue cada
            trayecto, de día y de noche.
        """),
    ),
    "pt": PageText(
        title="Quem somos",
        meta_description=(
            "A Paris Elite Services é uma empresa de motoristas em Paris: transferes, serviço "
            "à hora e excursões privadas, pontuais, discretos e a preço fixo."
        ),
        body=md("""
            A Paris Elite Services é uma empresa de motoristas privados sediada em Paris.
            Transportamos viajantes internacionais, famílias e clientes empresariais entre os
            aeroportos, as estações e o coração da cidade, e levamo-los mais longe, à descoberta
            de Versalhes, da Champanhe ou da Normandia.

            ## Os nossos compromissos

            - **Pontualidade**: acompanhamos cada voo e cada comboio e planeamos cada percurso
              em função do trânsito
            - **Discrição**: motoristas profissionais com licença VTC, de fato escuro, em
              viaturas sem identificação exterior
            - **Transparência**: um preço fixo por viatura, acordado no momento da reserva, sem
              custos escondidos
            - **Atenção**: cadeiras de criança, ajuda com a bagagem e uma equipa que lhe
              responde em português, francês, inglês e espanhol

            ## A nossa equipa

            Os nossos motoristas conhecem Paris como a palma da mão e têm formação em condução
            segura e suave. Nos bastidores, a nossa equipa de coordenação acompanha cada viagem,
            de dia e de noite.
        """),
    ),
}

CONTACT: Translations = {
    "en": PageText(
        title="Contact us",
        meta_description=(
            "Contact Paris Elite Services about a booking, a custom quote or a special "
            "request. We reply quickly, in English, French, Spanish and Portuguese."
        ),
        body=md("""
            Our team is happy to help with a booking, a custom quote for a tour or an event, or
            any special request.

            ## Email

            Write to us at [bookings@pariselite.example](mailto:bookings@pariselite.example). We
            reply within a few hours, and always the same day for urgent requests.

            ## Your booking

            If you have already booked, please include your booking reference (for example
            PES-7K3M9Q) in your message. You can also view or cancel your booking yourself with
            the link in your confirmation email, or from the “Manage my booking” page.

            ## Our office

            Paris Elite Services SAS, 10 rue de la Paix, 75002 Paris, France.

            Our office does not receive visitors: your chauffeur picks you up at the address of
            your choice.
        """),
    ),
    "fr": PageText(
        title="Nous contacter",
        meta_description=(
            "Contactez Paris Elite Services pour une réservation, un devis sur mesure ou une "
            "demande particulière. Réponse rapide, en quatre langues."
        ),
        body=md("""
            Notre équipe se tient à votre disposition pour toute question sur une réservation,
            un devis sur mesure pour une excursion ou un événement, ou toute demande
            particulière.

            ## Par e-mail

            Écrivez-nous à [bookings@pariselite.example](mailto:bookings@pariselite.example).
            Nous répondons en quelques heures, et toujours dans la journée pour les demandes
            urgentes.

            ## Votre réservation

            Si vous avez déjà réservé, indiquez votre référence de réservation (par exemple
            PES-7K3M9Q) dans votre message. Vous pouvez aussi consulter ou annuler votre
            réservation vous-même grâce au lien figurant dans votre e-mail de confirmation, ou
            depuis la page « Gérer ma réservation ».

            ## Nos bureaux

            Paris Elite Services SAS, 10 rue de la Paix, 75002 Paris, France.

            Nos bureaux ne reçoivent pas de public : votre chauffeur vient vous chercher à
            l'adresse de votre choix.
        """),
    ),
    "es": PageText(
        title="Contacto",
        meta_description=(
            "Contacte con Paris Elite Services para una reserva, un presupuesto a medida o "
            "una petición especial. Respondemos rápido, en cuatro idiomas."
        ),
        body=md("""
            Nuestro equipo estará encantado de ayudarle con una reserva, un presupuesto a medida
            para una excursión o un evento, o cualquier petición especial.

            ## Por correo electrónico

            Escríbanos a [bookings@pariselite.example](mailto:bookings@pariselite.example).
            Respondemos en pocas horas, y siempre en el mismo día si su solicitud es urgente.

            ## Su reserva

            Si ya ha reservado, indique su referencia de reserva (por ejemplo, PES-7K3M9Q) en el
            mensaje. También puede consultar o cancelar su reserva usted mismo con el enlace de
            su correo de confirmación o desde la página «Gestionar mi reserva».

            ## Nuestra oficina

            Paris Elite Services SAS, 10 rue de la Paix, 75002 París, Francia.

            Nuestra oficina no atiende al público: su chófer le recoge en la dirección que usted
            elija.
        """),
    ),
    "pt": PageText(
        title="Contactos",
        meta_description=(
            "Contacte a Paris Elite Services sobre uma reserva, um orçamento à medida ou um "
            "pedido especial. Resposta rápida, em quatro línguas."
        ),
        body=md("""
            A nossa equipa terá todo o gosto em ajudá-lo com uma reserva, um orçamento à medida
            para uma excursão ou um evento, ou qualquer pedido especial.

            ## Por e-mail

            Escreva-nos para [bookings@pariselite.example](mailto:bookings@pariselite.example).
            Respondemos em poucas horas, e sempre no próprio dia para pedidos urgentes.

            ## A sua reserva

            Se já fez a sua reserva, indique a respetiva referência (por exemplo, PES-7K3M9Q) na
            mensagem. Pode também consultar ou cancelar a reserva através da ligação que consta
            do e-mail de confirmação ou na página «Gerir a minha reserva».

            ## O nosso escritório

            Paris Elite Services SAS, 10 rue de la Paix, 75002 Paris, França.

            O nosso escritório não recebe visitas: o seu motorista vai buscá-lo à morada que
            escolher.
        """),
    ),
}
