/**
 * Microcred stacking: stackable pathways, their evaluation and analysis.
 */
module org.microcred.stacking {
    requires transitive org.microcred.verify;

    // Pathway packages are exported as they land (stacking is not built yet).
}
