"""Demo content of the FAQ page (eight questions, one level-2 heading each)."""

from __future__ import annotations

from pes.demo.text import PageText, Translations, md

FAQ: Translations = {
    "en": PageText(
        title="Frequently asked questions",
        meta_description=(
            "Booking a chauffeur in Paris: payment, prices, delayed flights, meeting points, "
            "cancellation and child seats. Answers to the questions we hear most."
        ),
        body=md("""
            ## How do I book and pay?

            Choose your route, date and vehicle online, enter your details and pay by card.
            Payment is processed securely by Stripe: we never see or store your card number.
            Your confirmation email, with your booking reference, arrives straight away.

            ## Is the price per person?

            No. Prices are per vehicle and fixed when you book. They include tolls, parking and
            VAT. Optional extras (meet & greet, child seats, extra stops) and the night
            surcharge for pickups between 10 pm and 6 am are shown before you pay.

            ## What if my flight or train is delayed?

            Give us your flight or train number when you book. We follow it in real time and
            your chauffeur adjusts to the actual arrival time at no extra cost. Waiting time is
            then free for 60 minutes at airports and 30 minutes at stations.

            ## Where will my chauffeur meet me?

            At airports and stations, your chauffeur waits in the arrivals area; with the meet &
            greet option, they hold a sign with your name. At any other address, your chauffeur
            waits at the door.

            ## How far in advance should I book?

            At least three hours before pickup, and up to twelve months ahead. For an urgent
            request at shorter notice, write to us and we will do our best.

            ## Can I cancel or change my booking?

            Cancellation is free up to 24 hours before pickup, with a full refund to your card.
            After that, or in case of a no-show, the booking is not refunded. To cancel, use the
            link in your confirmation email; to change a booking, write to us.

            ## Do you provide child seats?

            Yes. Baby seats, child seats and boosters are available on request, for a small fee
            per seat. French law requires a suitable child seat for children under ten.

            ## Which vehicle should I choose?

            Business (E-Class) and First (S-Class) take up to three passengers, with three and
            two suitcases respectively. The Van (V-Class) takes up to seven passengers and seven
            suitcases. When you book, we only offer the vehicles that suit your group and your
            luggage.
        """),
    ),
    "fr": PageText(
        title="Questions fréquentes",
        meta_description=(
            "Réserver un chauffeur à Paris : paiement, prix, retards de vol, lieu de "
            "rendez-vous, annulation et sièges enfants. Nos réponses aux questions courantes."
        ),
        body=md("""
            ## Comment réserver et payer ?

            Choisissez en ligne votre trajet, la date et le véhicule, saisissez vos coordonnées
            et payez par carte. Le paiement est traité en toute sécurité par Stripe : nous ne
            voyons ni ne conservons jamais votre numéro de carte. Vous recevez aussitôt un
            e-mail de confirmation avec votre référence de réservation.

            ## Le prix est-il par personne ?

            Non. Nos prix s'entendent par véhicule et sont fixés lors de la réservation. Ils
            comprennent péages, stationnement et TVA. Les options (accueil personnalisé, sièges
            enfants, arrêts supplémentaires) et la majoration de nuit pour les prises en charge
            entre 22 h et 6 h sont indiquées avant le paiement.

            ## Et si mon vol ou mon train a du retard ?

            Indiquez votre numéro de vol ou de train lors de la réservation. Nous le suivons en
            temps réel et votre chauffeur s'adapte à l'heure d'arrivée réelle, sans frais
            supplémentaires. L'attente est ensuite offerte pendant 60 minutes dans les aéroports
            et 30 minutes dans les gares.

            ## Où mon chauffeur m'attendra-t-il ?

            Dans les aéroports et les gares, votre chauffeur vous attend dans la zone des
            arrivées ; avec l'accueil personnalisé, il tient une pancarte à votre nom. À toute
            autre adresse, il vous attend devant la porte.

            ## Combien de temps à l'avance faut-il réserver ?

            Au moins trois heures avant la prise en charge, et jusqu'à douze mois à l'avance.
            Pour une demande plus urgente, écrivez-nous : nous ferons tout notre possible.

            ## Puis-je annuler ou modifier ma réservation ?

            L'annulation est gratuite jusqu'à 24 heures avant la prise en charge, avec un
            remboursement intégral sur votre carte. Au-delà, ou en cas d'absence au rendez-vous,
            la réservation n'est pas remboursée. Pour annuler, utilisez le lien de votre e-mail
            de confirmation ; pour modifier une réservation, écrivez-nous.

            ## Proposez-vous des sièges enfants ?

            Oui. Sièges bébé, sièges enfants et rehausseurs sont disponibles sur demande,
            moyennant un petit supplément par siège. La loi française impose un siège adapté aux
            enfants de moins de dix ans.

            ## Quel véhicule choisir ?

            Les catégories Business (Classe E) et First (Classe S) accueillent jusqu'à trois
            passagers, avec respectivement trois et deux valises. Le Van (Classe V) accueille
            jusqu'à sept passagers et sept valises. Lors de la réservation, nous ne vous
            proposons que les véhicules adaptés à votre groupe et à vos bagages.
        """),
    ),
    "es": PageText(
        title="Preguntas frecuentes",
        meta_description=(
            "Reservar un chófer en París: pago, precios, retrasos, punto de encuentro, "
            "cancelación y sillas infantiles. Respuestas a las preguntas más habituales."
        ),
        body=md("""
            ## ¿Cómo reservo y pago?

            Elija en línea su trayecto, la fecha y el vehículo, introduzca sus datos y pague con
            tarjeta. Stripe procesa el pago de forma segura: nunca vemos ni guardamos el número
            de su tarjeta. Recibirá al instante un correo de confirmación con su referencia de
            reserva.

            ## ¿El precio es por persona?

            No. Los precios son por vehículo y quedan fijados al reservar. Incluyen peajes,
            aparcamiento e IVA. Los extras opcionales (servicio de recepción, sillas infantiles,
            paradas adicionales) y el suplemento nocturno para recogidas entre las 22:00 y las
            6:00 se muestran antes del pago.

            ## ¿Y si mi vuelo o mi tren se retrasa?

            Indíquenos su número de vuelo o de tren al reservar. Lo seguimos en tiempo real y su
            chófer se adapta a la hora real de llegada, sin coste adicional. Después, la espera
            es gratuita durante 60 minutos en los aeropuertos y 30 minutos en las estaciones.

            ## ¿Dónde me esperará el chófer?

            En aeropuertos y estaciones, su chófer le espera en la zona de llegadas; con el
            servicio de recepción, sostiene un cartel con su nombre. En cualquier otra
            dirección, le espera en la puerta.

            ## ¿Con cuánta antelación debo reservar?

            Al menos tres horas antes de la recogida y hasta doce meses antes. Si necesita un
            servicio con menos antelación, escríbanos y haremos todo lo posible.

            ## ¿Puedo cancelar o modificar mi reserva?

            La cancelación es gratuita hasta 24 horas antes de la recogida, con reembolso
            íntegro en su tarjeta. Pasado ese plazo, o si no se presenta, la reserva no se
            reembolsa. Para cancelar, utilice el enlace de su correo de confirmación; para
            modificar una reserva, escríbanos.

            ## ¿Disponen de sillas infantiles?

            Sí. Ofrecemos sillas de bebé, sillas infantiles y elevadores bajo petición, con un
            pequeño suplemento por silla. La ley francesa exige una silla adecuada para los
            menores de diez años.

            ## ¿Qué vehículo elijo?

            Las categorías Business (Clase E) y First (Clase S) admiten hasta tres pasajeros,
            con tres y dos maletas respectivamente. El Van (Clase V) admite hasta siete
            pasajeros y siete maletas. Al reservar, solo le ofrecemos los vehículos adecuados
            para su grupo y su equipaje.
        """),
    ),
    "pt": PageText(
        title="Perguntas frequentes",
        meta_description=(
            "Reservar um motorista em Paris: pagamento, preços, atrasos, ponto de encontro, "
            "cancelamento e cadeiras de criança. Respostas às perguntas mais comuns."
        ),
        body=md("""
            ## Como faço a reserva e o pagamento?

            Escolha online o percurso, a data e a viatura, introduza os seus dados e pague com
            cartão. O pagamento é processado em segurança pela Stripe: nunca vemos nem guardamos
            o número do seu cartão. Recebe de imediato um e-mail de confirmação com a referência
            da reserva.

            ## O preço é por pessoa?

            Não. Os preços são por viatura e ficam fixados no momento da reserva. Incluem
            portagens, estacionamento e IVA. Os extras opcionais (serviço de receção, cadeiras
            de criança, paragens adicionais) e o suplemento noturno para recolhas entre as 22h00
            e as 6h00 são indicados antes do pagamento.

            ## E se o meu voo ou comboio se atrasar?

            Indique o número do voo ou do comboio ao reservar. Acompanhamo-lo em tempo real e o
            seu motorista adapta-se à hora real de chegada, sem custos adicionais. A partir daí,
            a espera é gratuita durante 60 minutos nos aeroportos e 30 minutos nas estações.

            ## Onde é que o motorista estará à minha espera?

            Nos aeroportos e nas estações, o motorista espera por si na zona de chegadas; com o
            serviço de receção, segura uma placa com o seu nome. Em qualquer outra morada,
            espera à porta.

            ## Com quanta antecedência devo reservar?

            Pelo menos três horas antes da recolha e até doze meses antes. Para um pedido mais
            urgente, escreva-nos e faremos os possíveis.

            ## Posso cancelar ou alterar a minha reserva?

            O cancelamento é gratuito até 24 horas antes da recolha, com reembolso total no seu
            cartão. Depois desse prazo, ou em caso de não comparência, a reserva não é
            reembolsada. Para cancelar, utilize a ligação do e-mail de confirmação; para alterar
            uma reserva, escreva-nos.

            ## Têm cadeiras de criança?

            Sim. Cadeiras de bebé, cadeiras de criança e assentos elevatórios estão disponíveis
            mediante pedido, com um pequeno suplemento por cadeira. A lei francesa exige uma
            cadeira adequada para crianças com menos de dez anos.

            ## Que viatura devo escolher?

            As categorias Business (Classe E) e First (Classe S) levam até três passageiros, com
            três e duas malas, respetivamente. A Van (Classe V) leva até sete passageiros e sete
            malas. Ao reservar, só lhe propomos as viaturas adequadas ao seu grupo e à sua
            bagagem.
        """),
    ),
}
