package se.scb.dispatch.examples.demo;

import java.util.Optional;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.template.SupportInfo;

/** The demo's letter: an invitation to a survey, in Swedish, built in code. */
public final class DemoTemplate {

    /** The sending authority in the demo; the number is valid in form and used with fakes only. */
    public static final Sender SENDER = new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten");

    private DemoTemplate() {
    }

    /** The invitation cut to what a recipient needs to answer: the demo experiment's second arm. */
    public static MessageTemplate shortInvitation() {
        return MessageTemplate.builder()
                .sender(SENDER)
                .subject("Svara på Undersökningen om levnadsförhållanden")
                .text("""
                        Hej {{namn}}!

                        Svara på https://www.example.se/svara med koden {{kod}}. Det tar tio minuter.

                        Statistikmyndigheten""")
                .supportInfo(new SupportInfo("Frågor? Ange ärendenummer {{case_id}}.",
                        Optional.of("https://www.example.se/levnadsforhallanden"),
                        Optional.of("010-000 00 00"),
                        Optional.empty()))
                .build();
    }

    /** Uses the sample's {@code namn}, {@code kod} and {@code case_id}. */
    public static MessageTemplate invitation() {
        return MessageTemplate.builder()
                .sender(SENDER)
                .subject("Du har valts ut till Undersökningen om levnadsförhållanden")
                .text("""
                        Hej {{namn}}!

                        Du har valts ut att delta i Undersökningen om levnadsförhållanden. Dina svar hjälper oss \
                        att beskriva hur människor i Sverige har det med boende, arbete, hälsa och ekonomi.

                        Svara på webben: gå till https://www.example.se/svara och logga in med koden {{kod}}.

                        Det är frivilligt att delta. Dina svar skyddas av offentlighets- och sekretesslagen.

                        Med vänliga hälsningar
                        Statistikmyndigheten""")
                .html("""
                        <p>Hej {{namn}}!</p>
                        <p>Du har valts ut att delta i <b>Undersökningen om levnadsförhållanden</b>. Dina svar hjälper oss \
                        att beskriva hur människor i Sverige har det med boende, arbete, hälsa och ekonomi.</p>
                        <p>Svara på webben: gå till <a href="https://www.example.se/svara">www.example.se/svara</a> \
                        och logga in med koden <b>{{kod}}</b>.</p>
                        <p>Det är frivilligt att delta. Dina svar skyddas av offentlighets- och sekretesslagen.</p>
                        <p>Med vänliga hälsningar<br>Statistikmyndigheten</p>""")
                .supportInfo(new SupportInfo("Har du frågor? Kontakta oss och ange ärendenummer {{case_id}}.",
                        Optional.of("https://www.example.se/levnadsforhallanden"),
                        Optional.of("010-000 00 00"),
                        Optional.of("undersokning@example.se")))
                .build();
    }
}
