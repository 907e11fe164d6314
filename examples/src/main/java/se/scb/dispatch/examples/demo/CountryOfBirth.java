package se.scb.dispatch.examples.demo;

import java.util.List;
import java.util.Random;

/**
 * Country-of-birth groups as in official statistics, with their share of the sample, how their
 * mailbox share compares with those born in Sweden, and names to draw from.
 */
enum CountryOfBirth {
    SVERIGE("Sverige", 80, 1.00,
            List.of("Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Oskar", "Lukas"),
            List.of("Anna", "Maria", "Eva", "Karin", "Kristina", "Lena", "Sara", "Emma", "Ingrid", "Elsa"),
            List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
                    "Svensson", "Gustafsson", "Lindberg", "Berg", "Lindqvist", "Sjöberg", "Åberg")),
    NORDEN("Norden", 3, 0.90,
            List.of("Juha", "Mikko", "Ole", "Jens", "Magnus"),
            List.of("Aino", "Liisa", "Ingrid", "Sigrid", "Mette"),
            List.of("Virtanen", "Korhonen", "Hansen", "Jensen", "Johannessen")),
    EU("EU", 6, 0.80,
            List.of("Piotr", "Tomasz", "Andrei", "Marco", "Stefan"),
            List.of("Agnieszka", "Joanna", "Elena", "Giulia", "Katarzyna"),
            List.of("Nowak", "Kowalski", "Popescu", "Rossi", "Müller")),
    OVRIGA_VARLDEN("övriga världen", 11, 0.70,
            List.of("Mohammed", "Ali", "Ahmed", "Hassan", "Omar", "Daniel"),
            List.of("Fatima", "Leila", "Amina", "Maryam", "Sara", "Hana"),
            List.of("Hassan", "Ali", "Mohammed", "Yilmaz", "Abdi", "Ibrahim", "Nguyen"));

    private final String label;
    private final int weight;
    private final double mailboxFactor;
    private final List<String> menFirstNames;
    private final List<String> womenFirstNames;
    private final List<String> surnames;

    CountryOfBirth(String label, int weight, double mailboxFactor, List<String> menFirstNames, List<String> womenFirstNames,
            List<String> surnames) {
        this.label = label;
        this.weight = weight;
        this.mailboxFactor = mailboxFactor;
        this.menFirstNames = menFirstNames;
        this.womenFirstNames = womenFirstNames;
        this.surnames = surnames;
    }

    static CountryOfBirth pick(Random random) {
        return Weighted.pick(random, List.of(values()), group -> group.weight);
    }

    /** The group as the column holds it, e.g. "övriga världen". */
    String label() {
        return label;
    }

    /** The chance of having a mailbox, relative to someone of the same age born in Sweden. */
    double mailboxFactor() {
        return mailboxFactor;
    }

    boolean isSweden() {
        return this == SVERIGE;
    }

    String name(Random random, boolean woman) {
        List<String> firstNames = woman ? womenFirstNames : menFirstNames;
        return firstNames.get(random.nextInt(firstNames.size())) + " " + surnames.get(random.nextInt(surnames.size()));
    }
}
