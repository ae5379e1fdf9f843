"""Demo content of the privacy policy and of the cookie policy.

The cookie policy describes what the site actually sets: the session cookie (which also
holds the CSRF token) and the `pes_lang` language cookie; nothing else, hence no banner.
"""

from __future__ import annotations

from pes.demo.text import PageText, Translations, md

PRIVACY: Translations = {
    "en": PageText(
        title="Privacy policy",
        meta_description=(
            "How Paris Elite Services uses your personal data when you book a chauffeur, who "
            "receives it, how long we keep it and your rights under the GDPR."
        ),
        body=md("""
            Paris Elite Services SAS, 10 rue de la Paix, 75002 Paris, is the controller of the
            personal data collected on this website. For any question, write to
            [bookings@pariselite.example](mailto:bookings@pariselite.example).

            ## What we collect

            When you book, we collect your name, email address and phone number, your pickup and
            drop-off details, your flight or train number, the number of passengers and bags,
            and any notes you give us. We never receive your card details: payment is handled by
            Stripe.

            ## Why we use it

            - To carry out your booking: planning the journey, briefing your chauffeur, sending
              your confirmation and updates (performance of a contract)
            - To keep our accounting records (legal obligation)
            - To protect the website against fraud and abuse (legitimate interest)

            We never sell your data and we do not send marketing emails.

            ## Who receives it

            Our chauffeurs and dispatch team; Stripe, for payments; our email and hosting
            providers. Some providers may process data outside the European Union, always under
            appropriate safeguards such as the European Commission's standard contractual
            clauses.

            ## How long we keep it

            Booking data is kept for three years after your journey, and invoices for ten years,
            as French accounting law requires.

            ## Your rights

            You may access, correct or erase your data, restrict or object to its processing,
            and receive a copy in a portable format, by writing to us at the address above. You
            may also lodge a complaint with the CNIL, the French data protection authority
            (cnil.fr).
        """),
    ),
    "fr": PageText(
        title="Politique de confidentialité",
        meta_description=(
            "Comment Paris Elite Services utilise vos données personnelles lors d'une "
            "réservation, qui les reçoit, combien de temps et vos droits (RGPD)."
        ),
        body=md("""
            Paris Elite Services SAS, 10 rue de la Paix, 75002 Paris, est responsable du
            traitement des données personnelles collectées sur ce site. Pour toute question,
            écrivez à [bookings@pariselite.example](mailto:bookings@pariselite.example).

            ## Les données collectées

            Lors d'une réservation, nous recueillons vos nom, adresse e-mail et numéro de
            téléphone, les lieux de prise en charge et de dépose, votre numéro de vol ou de
            train, le nombre de passagers et de bagages, ainsi que les remarques que vous nous
            transmettez. Nous ne recevons jamais vos données de carte : le paiement est géré par
            Stripe.

            ## Pourquoi nous les utilisons

            - Pour exécuter votre réservation : organisation du trajet, information du
              chauffeur, envoi de la confirmation et des mises à jour (exécution du contrat)
            - Pour tenir notre comptabilité (obligation légale)
            - Pour protéger le site contre la fraude et les abus (intérêt légitime)

            Nous ne vendons jamais vos données et n'envoyons aucun e-mail publicitaire.

            ## Destinataires

            Nos chauffeurs et notre équipe de régulation ; Stripe, pour les paiements ; nos
            prestataires d'envoi d'e-mails et d'hébergement. Certains prestataires peuvent
            traiter des données hors de l'Union européenne, toujours avec des garanties
            appropriées, telles que les clauses contractuelles types de la Commission
            européenne.

            ## Durée de conservation

            Les données de réservation sont conservées trois ans après votre trajet, et les
            factures dix ans, conformément au droit comptable français.

            ## Vos droits

            Vous pouvez accéder à vos données, les rectifier ou les effacer, en limiter le
            traitement ou vous y opposer, et en obtenir une copie dans un format portable, en
            nous écrivant à l'adresse ci-dessus. Vous pouvez également introduire une
            réclamation auprès de la CNIL (cnil.fr).
        """),
    ),
    "es": PageText(
        title="Política de privacidad",
        meta_description=(
            "Cómo utiliza Paris Elite Services sus datos personales al reservar un chófer, "
            "quién los recibe, cuánto tiempo los conservamos y sus derechos (RGPD)."
        ),
        body=md("""
            Paris Elite Services SAS, 10 rue de la Paix, 75002 París (Francia), es la
            responsable del tratamiento de los datos personales recogidos en este sitio. Para
            cualquier consulta, escriba a
            [bookings@pariselite.example](mailto:bookings@pariselite.example).

            ## Qué datos recogemos

            Al reservar, recogemos su nombre, dirección de correo electrónico y teléfono, los
            lugares de recogida y de destino, su número de vuelo o de tren, el número de
            pasajeros y de maletas, y las observaciones que nos indique. Nunca recibimos los
            datos de su tarjeta: el pago lo gestiona Stripe.

            ## Para qué los utilizamos

            - Para prestar el servicio reservado: planificar el trayecto, informar al chófer y
              enviarle la confirmación y los avisos (ejecución de un contrato)
            - Para llevar nuestra contabilidad (obligación legal)
            - Para proteger el sitio contra el fraude y los abusos (interés legítimo)

            Nunca vendemos sus datos ni enviamos correos publicitarios.

            ## Destinatarios

            Nuestros chóferes y nuestro equipo de coordinación; Stripe, para los pagos; nuestros
            proveedores de correo electrónico y de alojamiento. Algunos proveedores pueden
            tratar datos fuera de la Unión Europea, siempre con garantías adecuadas, como las
            cláusulas contractuales tipo de la Comisión Europea.

            ## Plazo de conservación

            Los datos de las reservas se conservan durante tres años después del trayecto, y las
            facturas durante diez años, como exige la normativa contable francesa.

            ## Sus derechos

            Puede acceder a sus datos, rectificarlos o suprimirlos, limitar su tratamiento u
            oponerse a él, y recibir una copia en un formato portable, escribiéndonos a la
            dirección indicada. También puede presentar una reclamación ante la CNIL, la
            autoridad francesa de protección de datos (cnil.fr).
        """),
    ),
    "pt": PageText(
        title="Política de privacidade",
        meta_description=(
            "Como a Paris Elite Services utiliza os seus dados pessoais quando reserva um "
            "motorista, quem os recebe, durante quanto tempo e os seus direitos (RGPD)."
        ),
        body=md("""
            A Paris Elite Services SAS, 10 rue de la Paix, 75002 Paris (França), é a responsável
            pelo tratamento dos dados pessoais recolhidos neste site. Para qualquer questão,
            escreva para [bookings@pariselite.example](mailto:bookings@pariselite.example).

            ## Que dados recolhemos

            Quando faz uma reserva, recolhemos o seu nome, endereço de e-mail e número de
            telefone, os locais de recolha e de destino, o número do voo ou do comboio, o número
            de passageiros e de malas e as observações que nos transmitir. Nunca recebemos os
            dados do seu cartão: o pagamento é gerido pela Stripe.

            ## Para que os utilizamos

            - Para executar a sua reserva: planear a viagem, informar o motorista e enviar-lhe a
              confirmação e as atualizações (execução de um contrato)
            - Para manter a nossa contabilidade (obrigação legal)
            - Para proteger o site contra fraudes e abusos (interesse legítimo)

            Nunca vendemos os seus dados nem enviamos e-mails publicitários.

            ## Destinatários

            Os nossos motoristas e a nossa equipa de coordenação; a Stripe, para os pagamentos;
            os nossos prestadores de serviços de e-mail e de alojamento. Alguns prestadores
            podem tratar dados fora da União Europeia, sempre com garantias adequadas, como as
            cláusulas contratuais-tipo da Comissão Europeia.

            ## Prazo de conservação

            Os dados das reservas são conservados durante três anos após a viagem, e as faturas
            durante dez anos, como exige a lei contabilística francesa.

            ## Os seus direitos

            Pode aceder aos seus dados, retificá-los ou apagá-los, limitar ou opor-se ao seu
            tratamento e receber uma cópia num formato portável, escrevendo-nos para o endereço
            acima. Pode também apresentar uma reclamação à CNIL, a autoridade francesa de
            proteção de dados (cnil.fr).
        """),
    ),
}

COOKIES: Translations = {
    "en": PageText(
        title="Cookie policy",
        meta_description=(
            "This website only sets strictly necessary cookies: a session cookie and a "
            "language cookie. No analytics, no advertising, no third-party cookies."
        ),
        body=md("""
            A cookie is a small file that a website stores in your browser. This website only
            sets the cookies it needs to work: no analytics, advertising or social-media
            cookies, and no third-party cookies.

            ## The cookies we set

            - **session** (named `__Host-session` on our secure site):
              keeps your session on the website, for example your progress through
              the booking form. It also holds the security token that protects our forms against
              cross-site request forgery (CSRF). It expires when you close your browser.
            - **pes_lang**: remembers the language you have chosen, so that the website opens in
              that language on your next visit. It is kept for up to one year.

            ## Why there is no cookie banner

            Cookies that are strictly necessary to provide a service you have asked for are
            exempt from consent under the ePrivacy rules and the guidelines of the CNIL, the
            French data protection authority. As we set no other cookies, we do not need to ask
            for your consent, so you will not see a cookie banner.

            ## Payment

            When you pay, you are taken to the secure payment page of our provider Stripe, which
            is covered by Stripe's own privacy and cookie policies.

            ## Managing cookies

            You can delete or block cookies in your browser settings. You can still browse the
            website without them, but you will not be able to complete a booking.

            For any question, write to
            [bookings@pariselite.example](mailto:bookings@pariselite.example).
        """),
    ),
    "fr": PageText(
        title="Politique relative aux cookies",
        meta_description=(
            "Ce site ne dépose que des cookies strictement nécessaires : session et langue. "
            "Aucune mesure d'audience, aucune publicité, aucun cookie tiers."
        ),
        body=md("""
            Un cookie est un petit fichier qu'un site enregistre dans votre navigateur. Ce site
            ne dépose que les cookies indispensables à son fonctionnement : aucun cookie de
            mesure d'audience, de publicité ou de réseaux sociaux, et aucun cookie tiers.

            ## Les cookies que nous déposons

            - **session** (nommé `__Host-session` sur notre site sécurisé) :
              conserve votre session sur le site, par exemple votre progression
              dans le formulaire de réservation. Il contient aussi le jeton de sécurité qui
              protège nos formulaires contre la falsification de requêtes intersites (CSRF). Il
              expire à la fermeture de votre navigateur.
            - **pes_lang** : mémorise la langue que vous avez choisie, afin que le site
              s'affiche dans cette langue lors de votre prochaine visite. Il est conservé un an
              au maximum.

            ## Pourquoi aucun bandeau cookies

            Les cookies strictement nécessaires à la fourniture d'un service que vous avez
            demandé sont exemptés de consentement, conformément à la directive européenne « vie
            privée et communications électroniques » et aux lignes directrices de la CNIL. Comme
            nous ne déposons aucun autre cookie, nous n'avons pas à recueillir votre
            consentement : c'est pourquoi aucun bandeau ne s'affiche.

            ## Paiement

            Lorsque vous payez, vous êtes redirigé vers la page de paiement sécurisée de notre
            prestataire Stripe, soumise à ses propres politiques de confidentialité et de
            cookies.

            ## Gérer les cookies

            Vous pouvez supprimer ou bloquer les cookies dans les réglages de votre navigateur.
            Vous pourrez toujours consulter le site, mais pas finaliser une réservation.

            Pour toute question, écrivez à
            [bookings@pariselite.example](mailto:bookings@pariselite.example).
        """),
    ),
    "es": PageText(
        title="Política de cookies",
        meta_description=(
            "Este sitio solo utiliza cookies estrictamente necesarias: sesión e idioma. Sin "
            "analítica, sin publicidad y sin cookies de terceros."
        ),
        body=md("""
            Una cookie es un pequeño archivo que un sitio web guarda en su navegador. Este sitio
            solo instala las cookies que necesita para funcionar: ninguna cookie analítica,
            publicitaria o de redes sociales, y ninguna cookie de terceros.

            ## Las cookies que utilizamos

            - **session** (llamada `__Host-session` en nuestro sitio seguro):
              mantiene su sesión en el sitio, por ejemplo su avance en el
              formulario de reserva. También contiene el código de seguridad que protege
              nuestros formularios contra la falsificación de peticiones en sitios cruzados
              (CSRF). Caduca al cerrar el navegador.
            - **pes_lang**: recuerda el idioma que ha elegido, para que el sitio se abra en ese
              idioma en su próxima visita. Se conserva durante un año como máximo.

            ## Por qué no hay aviso de cookies

            Las cookies estrictamente necesarias para prestar un servicio que usted ha
            solicitado están exentas de consentimiento según la Directiva sobre la privacidad y
            las comunicaciones electrónicas y las directrices de la CNIL, la autoridad francesa
            de protección de datos. Como no utilizamos ninguna otra cookie, no necesitamos pedir
            su consentimiento y por eso no verá ningún aviso de cookies.

            ## Pago

            Cuando paga, accede a la página de pago segura de nuestro proveedor Stripe, sujeta a
            sus propias políticas de privacidad y de cookies.

            ## Gestión de las cookies

            Puede eliminar o bloquear las cookies en la configuración de su navegador. Podrá
            seguir navegando por el sitio, pero no podrá completar una reserva.

            Para cualquier consulta, escriba a
            [bookings@pariselite.example](mailto:bookings@pariselite.example).
        """),
    ),
    "pt": PageText(
        title="Política de cookies",
        meta_description=(
            "Este site só utiliza cookies estritamente necessários: sessão e língua. Sem "
            "estatísticas, sem publicidade e sem cookies de terceiros."
        ),
        body=md("""
            Um cookie é um pequeno ficheiro que um site guarda no seu navegador. Este site só
            utiliza os cookies de que precisa para funcionar: nenhum cookie de estatística, de
            publicidade ou de redes sociais, e nenhum cookie de terceiros.

            ## Os cookies que utilizamos

            - **session** (chamado `__Host-session` no nosso site seguro):
              mantém a sua sessão no site, por exemplo o seu progresso no
              formulário de reserva. Contém também o código de segurança que protege os nossos
              formulários contra a falsificação de pedidos entre sites (CSRF). Expira quando
              fecha o navegador.
            - **pes_lang**: memoriza a língua que escolheu, para que o site abra nessa língua na
              sua próxima visita. É conservado durante um ano, no máximo.

            ## Porque não há aviso de cookies

            Os cookies estritamente necessários à prestação de um serviço que pediu estão
            isentos de consentimento, nos termos da Diretiva relativa à privacidade e às
            comunicações eletrónicas e das orientações da CNIL, a autoridade francesa de
            proteção de dados. Como não utilizamos outros cookies, não precisamos de pedir o seu
            consentimento e, por isso, não verá qualquer aviso de cookies.

            ## Pagamento

            Quando paga, é encaminhado para a página de pagamento segura do nosso prestador
            Stripe, sujeita às suas próprias políticas de privacidade e de cookies.

            ## Gerir os cookies

            Pode apagar ou bloquear os cookies nas definições do seu navegador. Continuará a
            poder consultar o site, mas não conseguirá concluir uma reserva.

            Para qualquer questão, escreva para
            [bookings@pariselite.example](mailto:bookings@pariselite.example).
        """),
    ),
}
