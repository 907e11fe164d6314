package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/**
 * A small population, its template and its directory answers, written into a folder. One row of each
 * kind: digital at two operators, paper for three reasons, and failures for four.
 */
final class Fixtures {

    private static final TestIdentityNumbers IDS = new TestIdentityNumbers(2026);

    final PersonalIdentityNumber atKivra = IDS.personalIdentityNumber(1980);
    final OrganisationNumber companyAtFortnox = IDS.organisationNumber();
    final PersonalIdentityNumber withoutMailbox = IDS.personalIdentityNumber(1950);
    final PersonalIdentityNumber blockingSender = IDS.personalIdentityNumber(1990);
    final PersonalIdentityNumber withoutCode = IDS.personalIdentityNumber(1970);
    final PersonalIdentityNumber withoutStreet = IDS.personalIdentityNumber(1940);
    final PersonalIdentityNumber pending = IDS.personalIdentityNumber(2001);

    final Path population;
    final Path template;
    final Path reachability;

    Fixtures(Path folder) throws IOException {
        population = write(folder.resolve("urval.csv"), List.of(
                "recipient_id;namn;utdelningsadress;postnummer;postort;kod;case_id",
                atKivra.formatted() + ";Anna Andersson;Storgatan 1;111 22;Stockholm;KOD1;C1",
                companyAtFortnox.shortFormatted() + ";Ekdahls Bygg AB;Hamngatan 2;411 01;Göteborg;KOD2;C2",
                withoutMailbox.formatted() + ";Erik Eriksson;Kyrkogatan 3;211 33;Malmö;KOD3;C3",
                blockingSender.formatted() + ";Sara Svensson;Parkgatan 4;752 20;Uppsala;KOD4;C4",
                // A typo in the check digit.
                typo(atKivra) + ";Per Persson;Åsgatan 5;582 22;Linköping;KOD5;C5",
                // The first row's person again, written in the 10-digit form.
                atKivra.canonical().substring(2, 8) + "-" + atKivra.canonical().substring(8)
                        + ";Anna Andersson;Storgatan 1;111 22;Stockholm;KOD6;C6",
                withoutCode.formatted() + ";Lena Larsson;Skolvägen 7;702 10;Örebro;;C7",
                withoutStreet.formatted() + ";Nils Nilsson;;902 20;Umeå;KOD8;C8",
                pending.formatted() + ";Emma Olsson;Ringvägen 9;621 50;Visby;KOD9;C9"));
        template = write(folder.resolve("inbjudan.json"), List.of(
                "{",
                "  \"sender\": { \"organisationNumber\": \"202100-5489\", \"name\": \"Statistikmyndigheten\" },",
                "  \"subject\": \"Inbjudan till undersökning\",",
                "  \"text\": \"Hej {{namn}}! Logga in med koden {{kod}}.\"",
                "}"));
        reachability = write(folder.resolve("reachability.csv"), List.of(
                "recipient_id;status;operator",
                atKivra.canonical() + ";REACHABLE;kivra",
                companyAtFortnox.canonical() + ";REACHABLE;fortnox",
                blockingSender.canonical() + ";SENDER_BLOCKED;",
                withoutCode.canonical() + ";REACHABLE;kivra",
                pending.canonical() + ";PENDING;"));
    }

    /** Every person's id in the fixtures, valid or not, in each form it is written in (the company's number is public and shown whole). */
    List<String> unmaskedForms() {
        return List.of(atKivra.canonical(), atKivra.formatted(), atKivra.canonical().substring(2), typo(atKivra),
                withoutMailbox.formatted(), blockingSender.formatted(), withoutCode.formatted(), withoutStreet.formatted(),
                pending.formatted());
    }

    static String typo(RecipientId id) {
        String written = id.formatted();
        char last = written.charAt(written.length() - 1);
        return written.substring(0, written.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    static Path write(Path file, List<String> lines) throws IOException {
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
