/**
 * The README's Java examples, as complete files the build compiles and the examples' tests run: the
 * README quotes the part between each {@code tag::name[]} and {@code end::name[]}, and a test checks that
 * the quote and the file still agree.
 */
package se.scb.dispatch.examples.readme;
