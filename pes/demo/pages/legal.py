"""Demo content of the terms and conditions and of the legal notice.

Registration numbers and the host are placeholders to be replaced before going live.
"""

from __future__ import annotations

from pes.demo.text import PageText, Translations, md

TERMS: Translations = {
    "en": PageText(
        title="Terms and conditions",
        meta_description=(
            "Terms and conditions of Paris Elite Services: bookings, prices, payment by card "
            "and free cancellation up to 24 hours before pickup."
        ),
        body=md("""
            These terms apply to every booking made with Paris Elite Services SAS, 10 rue de la
            Paix, 75002 Paris. By confirming a booking, you accept them.

            ## Booking

            A booking is confirmed once payment has been received; we then send you a
            confirmation email with your booking reference.

            ## Prices and payment

            Prices are per vehicle, in euros, VAT included. They cover the journey, tolls,
            parking and the waiting time described below. Optional extras and the night
            surcharge (pickups between 10 pm and 6 am) are shown before you pay. Payment is made
            by card when you book, through our payment provider Stripe; we never see or store
            your full card details.

            ## Cancellation and refunds

            You may cancel free of charge up to 24 hours before the pickup time and receive a
            full refund to the card used. Later cancellations and no-shows are not refunded. As
            a transport service for a set date, a booking carries no right of withdrawal
            (article L221-28 of the French Consumer Code).

            ## Waiting time

            Waiting time is free for 60 minutes after the actual landing time at airports, 30
            minutes after the train's arrival at stations and 15 minutes at any other address.
            Beyond that, if we cannot reach you, the booking is treated as a no-show.

            ## Your journey

            The number of passengers and bags must not exceed the capacity of the vehicle
            booked. Smoking is not allowed on board.

            ## Liability and governing law

            If we cannot carry out a confirmed booking, you are refunded in full. We are not
            liable for delays caused by traffic, weather or events beyond our control. These
            terms are governed by French law.
        """),
    ),
    "fr": PageText(
        title="Conditions générales de vente",
        meta_description=(
            "Conditions générales de vente de Paris Elite Services : réservation, prix, "
            "paiement par carte et annulation gratuite jusqu'à 24 h avant la prise en charge."
        ),
        body=md("""
            Ces conditions s'appliquent à toute réservation effectuée auprès de Paris Elite
            Services SAS, 10 rue de la Paix, 75002 Paris. Confirmer une réservation vaut
            acceptation de ces conditions.

            ## Réservation

            La réservation est confirmée dès réception du paiement ; nous vous adressons alors
            un e-mail de confirmation avec votre référence.

            ## Prix et paiement

            Les prix s'entendent par véhicule, en euros, TVA comprise. Ils comprennent les
            péages, le stationnement et le temps d'attente décrit ci-dessous. Les options et la
            majoration de nuit (prises en charge entre 22 h et 6 h) sont indiquées avant le
            paiement. Le règlement s'effectue par carte à la réservation, via notre prestataire
            Stripe ; nous n'avons jamais accès à vos données de carte complètes.

            ## Annulation et remboursement

            Vous pouvez annuler sans frais jusqu'à 24 heures avant la prise en charge et être
            intégralement remboursé sur la carte utilisée. Les annulations plus tardives et les
            absences au rendez-vous ne sont pas remboursées. S'agissant d'une prestation de
            transport à date déterminée, la réservation n'ouvre pas droit à rétractation
            (article L221-28 du Code de la consommation).

            ## Temps d'attente

            L'attente est offerte pendant 60 minutes après l'atterrissage effectif dans les
            aéroports, 30 minutes après l'arrivée du train dans les gares et 15 minutes à toute
            autre adresse. Au-delà, faute de pouvoir vous joindre, la réservation est considérée
            comme non honorée.

            ## Votre trajet

            Le nombre de passagers et de bagages ne peut excéder la capacité du véhicule
            réservé. Il est interdit de fumer à bord.

            ## Responsabilité et droit applicable

            Si nous ne pouvons pas assurer une réservation confirmée, vous êtes intégralement
            remboursé. Nous ne saurions être tenus responsables des retards dus à la
            circulation, à la météo ou à un cas de force majeure. Ces conditions sont régies par
            le droit français.
        """),
    ),
    "es": PageText(
        title="Condiciones generales de venta",
        meta_description=(
            "Condiciones generales de Paris Elite Services: reserva, precios, pago con tarjeta "
            "y cancelación gratuita hasta 24 horas antes de la recogida."
        ),
        body=md("""
            Estas condiciones se aplican a todas las reservas realizadas con Paris Elite
            Services SAS, 10 rue de la Paix, 75002 París. Al confirmar una reserva, usted las
            acepta.

            ## Reserva

            La reserva queda confirmada en cuanto recibimos el pago; a continuación le enviamos
            un correo de confirmación con su referencia.

            ## Precios y pago

            Los precios son por vehículo, en euros, IVA incluido. Incluyen los peajes, el
            aparcamiento y el tiempo de espera indicado más abajo. Los extras y el suplemento
            nocturno (recogidas entre las 22:00 y las 6:00) se muestran antes del pago. El pago
            se realiza con tarjeta al reservar, a través de nuestro proveedor Stripe; nunca
            tenemos acceso a los datos completos de su tarjeta.

            ## Cancelación y reembolsos

            Puede cancelar sin coste hasta 24 horas antes de la recogida y recibir el reembolso
            íntegro en la tarjeta utilizada. Las cancelaciones posteriores y las no
            presentaciones no se reembolsan. Al tratarse de un servicio de transporte para una
            fecha determinada, la reserva no está sujeta al derecho de desistimiento (artículo
            L221-28 del Código de Consumo francés).

            ## Tiempo de espera

            La espera es gratuita durante 60 minutos tras el aterrizaje real en los aeropuertos,
            30 minutos tras la llegada del tren en las estaciones y 15 minutos en cualquier otra
            dirección. Pasado ese tiempo, si no logramos contactar con usted, la reserva se
            considera no presentada.

            ## Su trayecto

            El número de pasajeros y de maletas no puede superar la capacidad del vehículo
            reservado. No está permitido fumar a bordo.

            ## Responsabilidad y legislación aplicable

            Si no podemos prestar un servicio confirmado, le reembolsamos íntegramente. No somos
            responsables de los retrasos causados por el tráfico, la meteorología o causas de
            fuerza mayor. Estas condiciones se rigen por la legislación francesa.
        """),
    ),
    "pt": PageText(
        title="Termos e condições",
        meta_description=(
            "Termos e condições da Paris Elite Services: reserva, preços, pagamento com cartão "
            "e cancelamento gratuito até 24 horas antes da recolha."
        ),
        body=md("""
            Estes termos aplicam-se a todas as reservas efetuadas junto da Paris Elite Services
            SAS, 10 rue de la Paix, 75002 Paris (França). Ao confirmar uma reserva, aceita-os.

            ## Reserva

            A reserva fica confirmada quando recebemos o pagamento; enviamos-lhe então um e-mail
            de confirmação com a referência da reserva.

            ## Preços e pagamento

            Os preços são por viatura, em euros, com IVA incluído. Incluem as portagens, o
            estacionamento e o tempo de espera indicado abaixo. Os extras e o suplemento noturno
            (recolhas entre as 22h00 e as 6h00) são apresentados antes do pagamento. O pagamento
            é feito com cartão no momento da reserva, através do nosso prestador de pagamentos
            Stripe; nunca temos acesso aos dados completos do seu cartão.

            ## Cancelamento e reembolsos

            Pode cancelar sem custos até 24 horas antes da hora de recolha e receber o reembolso
            total no cartão utilizado. Os cancelamentos posteriores e as não comparências não
            são reembolsados. Tratando-se de um serviço de transporte com data marcada, a
            reserva não está sujeita ao direito de livre resolução (artigo L221-28 do Código do
            Consumo francês).

            ## Tempo de espera

            A espera é gratuita durante 60 minutos após a aterragem efetiva nos aeroportos, 30
            minutos após a chegada do comboio nas estações e 15 minutos em qualquer outra
            morada. Depois disso, se não conseguirmos contactá-lo, a reserva é considerada como
            não comparência.

            ## A sua viagem

            O número de passageiros e de malas não pode exceder a capacidade da viatura
            reservada. Não é permitido fumar a bordo.

            ## Responsabilidade e lei aplicável

            Se não pudermos realizar uma reserva confirmada, é reembolsado na totalidade. Não
            somos responsáveis por atrasos causados pelo trânsito, pelas condições
            meteorológicas ou por circunstâncias alheias à nossa vontade. Estes termos regem-se
            pela lei francesa.
        """),
    ),
}

LEGAL_NOTICE: Translations = {
    "en": PageText(
        title="Legal notice",
        meta_description=(
            "Legal information about Paris Elite Services SAS, publisher of this website: "
            "registered office, registration numbers, VTC operator register and hosting."
        ),
        body=md("""
            ## Publisher

            This website is published by Paris Elite Services SAS, a simplified joint-stock
            company (société par actions simplifiée) with a share capital of €10,000.

            - Registered office: 10 rue de la Paix, 75002 Paris, France
            - Paris Trade and Companies Register (RCS): 000 000 000
            - VAT number: FR00 000000000
            - Register of VTC operators: EVTC000000000
            - Email: [bookings@pariselite.example](mailto:bookings@pariselite.example)

            The director of publication is the president of Paris Elite Services SAS.

            ## Hosting

            This website is hosted by Example Hosting SAS, 1 avenue de l'Exemple, 75000 Paris,
            France.

            ## Intellectual property

            The texts, logos and layout of this website are protected by copyright. They may not
            be reproduced without our prior written permission.

            ## Personal data and cookies

            How we handle your personal data is explained in our privacy policy; the cookies set
            by this website are listed in our cookie policy.

            ## Disputes

            Before taking any legal action, please send us a written complaint. If no solution
            is found, you may refer the dispute free of charge to a consumer mediator, whose
            details we will provide on request. The French courts have jurisdiction, subject to
            the mandatory rules that protect consumers.
        """),
    ),
    "fr": PageText(
        title="Mentions légales",
        meta_description=(
            "Mentions légales de Paris Elite Services SAS, éditeur du site : siège social, "
            "immatriculation, registre des exploitants VTC et hébergement."
        ),
        body=md("""
            ## Éditeur

            Ce site est édité par Paris Elite Services SAS, société par actions simplifiée au
            capital de 10 000 €.

            - Siège social : 10 rue de la Paix, 75002 Paris, France
            - RCS Paris : 000 000 000
            - Numéro de TVA intracommunautaire : FR00 000000000
            - Registre des exploitants de VTC : EVTC000000000
            - E-mail : [bookings@pariselite.example](mailto:bookings@pariselite.example)

            Le directeur de la publication est le président de Paris Elite Services SAS.

            ## Hébergement

            Ce site est hébergé par Example Hosting SAS, 1 avenue de l'Exemple, 75000 Paris,
            France.

            ## Propriété intellectuelle

            Les textes, les logos et la mise en page de ce site sont protégés par le droit
            d'auteur. Toute reproduction sans notre autorisation écrite préalable est interdite.

            ## Données personnelles et cookies

            Le traitement de vos données personnelles est décrit dans notre politique de
            confidentialité ; les cookies déposés par ce site sont présentés dans notre
            politique relative aux cookies.

            ## Litiges

            Avant toute action en justice, merci de nous adresser une réclamation écrite. À
            défaut de solution, vous pouvez recourir gratuitement à un médiateur de la
            consommation, dont nous vous communiquerons les coordonnées sur simple demande. Les
            tribunaux français sont compétents, sous réserve des règles impératives protégeant
            les consommateurs.
        """),
    ),
    "es": PageText(
        title="Aviso legal",
        meta_description=(
            "Información legal sobre Paris Elite Services SAS, editora de este sitio web: "
            "domicilio social, registro mercantil, registro de operadores VTC y alojamiento."
        ),
        body=md("""
            ## Titular del sitio

            Este sitio web es editado por Paris Elite Services SAS, sociedad por acciones
            simplificada de derecho francés con un capital social de 10.000 €.

            - Domicilio social: 10 rue de la Paix, 75002 París, Francia
            - Registro Mercantil de París (RCS): 000 000 000
            - Número de IVA intracomunitario: FR00 000000000
            - Registro de operadores VTC: EVTC000000000
            - Correo electrónico:
              [bookings@pariselite.example](mailto:bookings@pariselite.example)

            El director de la publicación es el presidente de Paris Elite Services SAS.

            ## Alojamiento

            Este sitio web está alojado por Example Hosting SAS, 1 avenue de l'Exemple, 75000
            París, Francia.

            ## Propiedad intelectual

            Los textos, los logotipos y el diseño de este sitio están protegidos por derechos de
            autor. Queda prohibida su reproducción sin nuestra autorización previa por escrito.

            ## Datos personales y cookies

            El tratamiento de sus datos personales se explica en nuestra política de privacidad;
            las cookies que utiliza este sitio se detallan en nuestra política de cookies.

            ## Reclamaciones

            Antes de emprender cualquier acción judicial, le rogamos que nos envíe una
            reclamación por escrito. Si no se encuentra una solución, puede acudir gratuitamente
            a un mediador de consumo, cuyos datos le facilitaremos previa solicitud. Serán
            competentes los tribunales franceses, sin perjuicio de las normas imperativas que
            protegen a los consumidores.
        """),
    ),
    "pt": PageText(
        title="Informação legal",
        meta_description=(
            "Informação legal sobre a Paris Elite Services SAS, editora deste site: sede, "
            "registo comercial, registo de operadores VTC e alojamento."
        ),
        body=md("""
            ## Editor

            Este site é editado pela Paris Elite Services SAS, sociedade por ações simplificada
            de direito francês com um capital social de 10 000 €.

            - Sede: 10 rue de la Paix, 75002 Paris, França
            - Registo Comercial de Paris (RCS): 000 000 000
            - Número de IVA intracomunitário: FR00 000000000
            - Registo de operadores VTC: EVTC000000000
            - E-mail: [bookings@pariselite.example](mailto:bookings@pariselite.example)

            O diretor da publicação é o presidente da Paris Elite Services SAS.

            ## Alojamento

            Este site está alojado pela Example Hosting SAS, 1 avenue de l'Exemple, 75000 Paris,
            França.

            ## Propriedade intelectual

            Os textos, os logótipos e o grafismo deste site estão protegidos por direitos de
            autor. É proibida a sua reprodução sem a nossa autorização prévia por escrito.

            ## Dados pessoais e cookies

            O tratamento dos seus dados pessoais é explicado na nossa política de privacidade;
            os cookies utilizados por este site são descritos na nossa política de cookies.

            ## Litígios

            Antes de qualquer ação judicial, pedimos-lhe que nos envie uma reclamação por
            escrito. Na falta de solução, pode recorrer gratuitamente a um mediador de consumo,
            cujos contactos lhe indicaremos mediante pedido. São competentes os tribunais
            franceses, sem prejuízo das normas imperativas de proteção dos consumidores.
        """),
    ),
}
