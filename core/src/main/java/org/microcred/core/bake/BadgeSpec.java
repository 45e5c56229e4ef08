package org.microcred.core.bake;

/**
 * The Open Badges generation whose baking rules an image follows. The two generations use
 * different PNG keywords and SVG namespaces, so an image may in principle carry one of each.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#baking">Open Badges 3.0 §5.3 Baking</a>
 * @see <a href="https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/baking/index.html">Open
 *     Badges 2.0 Baking Specification</a>
 */
public enum BadgeSpec {
    /**
     * Open Badges 2.0: PNG {@code iTXt} keyword {@code openbadges} (legacy {@code tEXt}/{@code zTXt}
     * accepted when reading), SVG element {@code assertion} in namespace {@code http://openbadges.org}.
     */
    OB2("openbadges", "http://openbadges.org", "assertion"),
    /**
     * Open Badges 3.0: PNG {@code iTXt} keyword {@code openbadgecredential}, SVG element
     * {@code credential} in namespace {@code https://purl.imsglobal.org/ob/v3p0}.
     */
    OB3("openbadgecredential", "https://purl.imsglobal.org/ob/v3p0", "credential");

    private final String pngKeyword;
    private final String svgNamespace;
    private final String svgElement;

    BadgeSpec(String pngKeyword, String svgNamespace, String svgElement) {
        this.pngKeyword = pngKeyword;
        this.svgNamespace = svgNamespace;
        this.svgElement = svgElement;
    }

    /** @return the PNG text-chunk keyword, e.g. {@code openbadgecredential} */
    public String pngKeyword() {
        return pngKeyword;
    }

    /** @return the SVG namespace URI of the credential element */
    public String svgNamespace() {
        return svgNamespace;
    }

    /** @return the local name of the SVG credential element ({@code credential} or {@code assertion}) */
    public String svgElement() {
        return svgElement;
    }
}
