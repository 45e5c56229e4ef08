package org.microcred.core.status;

import java.util.Arrays;

/**
 * An immutable Bitstring Status List: {@link #size()} entries of {@link #statusSize()} bits each,
 * stored MSB-first (entry 0 starts at the most significant bit of byte 0). Changes return a copy
 * ({@link #withStatus}); for many changes use a {@link Builder} and take a snapshot with
 * {@link Builder#build()}.
 *
 * <p>Lists have at least {@value #MINIMUM_ENTRIES} entries (16 KB at one bit per entry) for herd
 * privacy; smaller lists are refused on creation and on decoding with
 * {@link StatusListError#STATUS_LIST_LENGTH_ERROR}. Instances are thread-safe.
 *
 * <pre>{@code
 * BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES)
 *         .withStatus(94567, 1);
 * String encodedList = list.encode();            // "uH4sI..."
 * BitstringStatusList.decode(encodedList).status(94567);   // 1
 * }</pre>
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-encoding">BSL §4
 *     Bitstring encoding</a>
 */
public final class BitstringStatusList {

    /** The smallest number of entries a list may have: 131,072 (16 KB of one-bit entries). */
    public static final int MINIMUM_ENTRIES = 131_072;

    /** The default cap on the uncompressed size when decoding: 16 MiB. */
    public static final int DEFAULT_MAX_DECODED_BYTES = 16 * 1024 * 1024;

    /** The largest supported {@code statusSize} in bits. */
    public static final int MAX_STATUS_SIZE = 16;

    private final byte[] bits;
    private final int statusSize;
    private final int size;

    private BitstringStatusList(byte[] bits, int statusSize) {
        this.bits = bits;
        this.statusSize = statusSize;
        this.size = (int) ((long) bits.length * 8 / statusSize);
    }

    /**
     * Creates an all-zero list of one-bit entries.
     *
     * @param entries the number of entries, at least {@value #MINIMUM_ENTRIES}
     * @return the list
     * @throws StatusListException STATUS_LIST_LENGTH_ERROR when {@code entries} is too small,
     *     TOO_LARGE when the list would exceed {@value #DEFAULT_MAX_DECODED_BYTES} bytes
     */
    public static BitstringStatusList create(int entries) {
        return create(entries, 1);
    }

    /**
     * Creates an all-zero list.
     *
     * @param entries the number of entries, at least {@value #MINIMUM_ENTRIES}
     * @param statusSize bits per entry, 1 to {@value #MAX_STATUS_SIZE}
     * @return the list; its {@link #size()} may be larger than {@code entries} when
     *     {@code entries * statusSize} is not a multiple of 8 (the last byte is filled)
     * @throws IllegalArgumentException when {@code statusSize} is out of range
     * @throws StatusListException STATUS_LIST_LENGTH_ERROR or TOO_LARGE, as for {@link #create(int)}
     */
    public static BitstringStatusList create(int entries, int statusSize) {
        checkStatusSize(statusSize);
        if (entries < MINIMUM_ENTRIES) {
            throw new StatusListException(StatusListError.STATUS_LIST_LENGTH_ERROR,
                    "a status list needs at least " + MINIMUM_ENTRIES + " entries; " + entries
                            + " requested");
        }
        long bytes = ((long) entries * statusSize + 7) / 8;
        if (bytes > DEFAULT_MAX_DECODED_BYTES) {
            throw new StatusListException(StatusListError.TOO_LARGE,
                    entries + " entries of " + statusSize + " bits need " + bytes
                            + " bytes, more than the " + DEFAULT_MAX_DECODED_BYTES + "-byte limit");
        }
        return new BitstringStatusList(new byte[(int) bytes], statusSize);
    }

    /**
     * Wraps an uncompressed bitstring (copied).
     *
     * @param bitstring the bytes, MSB-first
     * @param statusSize bits per entry, 1 to {@value #MAX_STATUS_SIZE}
     * @return the list
     * @throws IllegalArgumentException when {@code statusSize} is out of range
     * @throws NullPointerException when {@code bitstring} is null
     * @throws StatusListException STATUS_LIST_LENGTH_ERROR when it holds fewer than
     *     {@value #MINIMUM_ENTRIES} entries
     */
    public static BitstringStatusList fromBitstring(byte[] bitstring, int statusSize) {
        checkStatusSize(statusSize);
        return checked(bitstring.clone(), statusSize);
    }

    /**
     * Decodes an {@code encodedList} of one-bit entries; see {@link #decode(String, int, int)}.
     *
     * @param encodedList multibase base64url GZIP (or the StatusList2021 form)
     * @return the list
     */
    public static BitstringStatusList decode(String encodedList) {
        return decode(encodedList, 1, DEFAULT_MAX_DECODED_BYTES);
    }

    /**
     * Decodes an {@code encodedList}; see {@link #decode(String, int, int)}.
     *
     * @param encodedList multibase base64url GZIP (or the StatusList2021 form)
     * @param statusSize bits per entry, 1 to {@value #MAX_STATUS_SIZE}
     * @return the list
     */
    public static BitstringStatusList decode(String encodedList, int statusSize) {
        return decode(encodedList, statusSize, DEFAULT_MAX_DECODED_BYTES);
    }

    /**
     * Decodes an {@code encodedList}: multibase base64url without padding ({@code u} prefix) of
     * the GZIP-compressed bitstring, as Bitstring Status List v1.0 requires, or the legacy
     * StatusList2021 form (the same base64url text without the prefix; trailing {@code =}
     * padding tolerated there). Decompression stops as soon as the output passes
     * {@code maxDecodedBytes}.
     *
     * @param encodedList the encoded text; null is reported as MALFORMED_VALUE_ERROR
     * @param statusSize bits per entry, 1 to {@value #MAX_STATUS_SIZE}
     * @param maxDecodedBytes the largest uncompressed bitstring accepted, positive
     * @return the list
     * @throws IllegalArgumentException when {@code statusSize} or {@code maxDecodedBytes} is out of
     *     range
     * @throws StatusListException ENCODING_ERROR (bad prefix, base64url or GZIP), TOO_LARGE (over
     *     the cap), STATUS_LIST_LENGTH_ERROR (fewer than {@value #MINIMUM_ENTRIES} entries)
     * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-expansion-algorithm">
     *     BSL Bitstring Expansion Algorithm</a>
     */
    public static BitstringStatusList decode(String encodedList, int statusSize, int maxDecodedBytes) {
        checkStatusSize(statusSize);
        if (maxDecodedBytes <= 0) {
            throw new IllegalArgumentException("maxDecodedBytes must be positive: " + maxDecodedBytes);
        }
        return checked(EncodedLists.decode(encodedList, maxDecodedBytes), statusSize);
    }

    private static BitstringStatusList checked(byte[] bitstring, int statusSize) {
        long entries = (long) bitstring.length * 8 / statusSize;
        if (entries < MINIMUM_ENTRIES) {
            throw new StatusListException(StatusListError.STATUS_LIST_LENGTH_ERROR,
                    "the status list has " + entries + " entries of " + statusSize + " bit(s) ("
                            + bitstring.length + " bytes); at least " + MINIMUM_ENTRIES
                            + " entries are required",
                    "an issuer must publish lists of at least " + ((long) MINIMUM_ENTRIES * statusSize / 8)
                            + " bytes uncompressed", null);
        }
        return new BitstringStatusList(bitstring, statusSize);
    }

    private static void checkStatusSize(int statusSize) {
        if (statusSize < 1 || statusSize > MAX_STATUS_SIZE) {
            throw new IllegalArgumentException("statusSize must be between 1 and " + MAX_STATUS_SIZE
                    + ": " + statusSize);
        }
    }

    /** @return the number of entries */
    public int size() {
        return size;
    }

    /** @return the bits per entry */
    public int statusSize() {
        return statusSize;
    }

    /**
     * Reads an entry: the {@code statusSize} bits starting at bit {@code index * statusSize},
     * most significant first.
     *
     * @param index the entry index
     * @return the status value, 0 to {@code 2^statusSize - 1}; 0 means "not revoked / not suspended"
     * @throws StatusListException RANGE_ERROR when {@code index} is negative or not below
     *     {@link #size()}
     */
    public int status(long index) {
        checkIndex(index);
        return read(bits, index * statusSize, statusSize);
    }

    /**
     * @param index the entry index
     * @return {@code status(index) != 0}
     * @throws StatusListException RANGE_ERROR as for {@link #status(long)}
     */
    public boolean isSet(long index) {
        return status(index) != 0;
    }

    /**
     * Returns a copy with one entry changed. Copies the whole bitstring: for many changes use
     * {@link #toBuilder()}.
     *
     * @param index the entry index
     * @param value the new value, 0 to {@code 2^statusSize - 1}
     * @return the changed copy ({@code this} when the value is unchanged)
     * @throws StatusListException RANGE_ERROR when {@code index} or {@code value} is out of range
     */
    public BitstringStatusList withStatus(long index, int value) {
        checkIndex(index);
        checkValue(value, statusSize);
        if (status(index) == value) {
            return this;
        }
        byte[] copy = bits.clone();
        write(copy, index * statusSize, statusSize, value);
        return new BitstringStatusList(copy, statusSize);
    }

    /** @return a builder holding a copy of this list */
    public Builder toBuilder() {
        return new Builder(bits.clone(), statusSize);
    }

    /**
     * @param entries the number of entries, at least {@value #MINIMUM_ENTRIES}
     * @param statusSize bits per entry, 1 to {@value #MAX_STATUS_SIZE}
     * @return a builder of an all-zero list; same failures as {@link #create(int, int)}
     */
    public static Builder builder(int entries, int statusSize) {
        return create(entries, statusSize).toBuilder();
    }

    /**
     * Encodes the list for {@code credentialSubject.encodedList}: {@code "u"} + base64url without
     * padding of the GZIP-compressed bitstring.
     *
     * @return the encoded list
     * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-generation-algorithm">
     *     BSL Bitstring Generation Algorithm</a>
     */
    public String encode() {
        return EncodedLists.encode(bits);
    }

    /**
     * Encodes the list in the legacy StatusList2021 form (no multibase prefix), for issuers that
     * still publish {@code StatusList2021Credential}s.
     *
     * @return base64url without padding of the GZIP-compressed bitstring
     */
    public String encodeStatusList2021() {
        return EncodedLists.encodeLegacy(bits);
    }

    /** @return a copy of the uncompressed bitstring */
    public byte[] toByteArray() {
        return bits.clone();
    }

    /** @return the number of entries whose status is not 0 */
    public long countSet() {
        if (statusSize == 1) {
            long count = 0;
            for (byte b : bits) {
                count += Integer.bitCount(b & 0xff);
            }
            return count;
        }
        long count = 0;
        for (long i = 0; i < size; i++) {
            if (read(bits, i * statusSize, statusSize) != 0) {
                count++;
            }
        }
        return count;
    }

    private void checkIndex(long index) {
        if (index < 0 || index >= size) {
            throw new StatusListException(StatusListError.RANGE_ERROR,
                    "status list index " + index + " is outside the list of " + size + " entries");
        }
    }

    private static void checkValue(int value, int statusSize) {
        if (value < 0 || value > (1 << statusSize) - 1) {
            throw new StatusListException(StatusListError.RANGE_ERROR,
                    "status value " + value + " does not fit in statusSize " + statusSize
                            + " bit(s) (0 to " + ((1 << statusSize) - 1) + ")");
        }
    }

    static int read(byte[] bits, long firstBit, int width) {
        int value = 0;
        for (int i = 0; i < width; i++) {
            long bit = firstBit + i;
            int b = bits[(int) (bit >>> 3)] >> (7 - (int) (bit & 7)) & 1;
            value = value << 1 | b;
        }
        return value;
    }

    static void write(byte[] bits, long firstBit, int width, int value) {
        for (int i = 0; i < width; i++) {
            long bit = firstBit + i;
            int mask = 1 << (7 - (int) (bit & 7));
            int index = (int) (bit >>> 3);
            if ((value >> (width - 1 - i) & 1) != 0) {
                bits[index] = (byte) (bits[index] | mask);
            } else {
                bits[index] = (byte) (bits[index] & ~mask);
            }
        }
    }

    /** Two lists are equal when they have the same statusSize and the same bitstring. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BitstringStatusList other && statusSize == other.statusSize
                && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bits) + statusSize;
    }

    @Override
    public String toString() {
        return "BitstringStatusList[size=" + size + ", statusSize=" + statusSize + ", set=" + countSet() + "]";
    }

    /**
     * A mutable list for batches of changes; not thread-safe. {@link #build()} takes an immutable
     * snapshot, after which the builder can still be changed without affecting the snapshot.
     */
    public static final class Builder {

        private final byte[] bits;
        private final int statusSize;
        private final int size;

        private Builder(byte[] bits, int statusSize) {
            this.bits = bits;
            this.statusSize = statusSize;
            this.size = (int) ((long) bits.length * 8 / statusSize);
        }

        /**
         * @param index the entry index
         * @param value the new value, 0 to {@code 2^statusSize - 1}
         * @return this builder
         * @throws StatusListException RANGE_ERROR when {@code index} or {@code value} is out of range
         */
        public Builder set(long index, int value) {
            if (index < 0 || index >= size) {
                throw new StatusListException(StatusListError.RANGE_ERROR,
                        "status list index " + index + " is outside the list of " + size + " entries");
            }
            checkValue(value, statusSize);
            write(bits, index * statusSize, statusSize, value);
            return this;
        }

        /**
         * @param index the entry index
         * @return the current value; RANGE_ERROR as for {@link BitstringStatusList#status(long)}
         */
        public int status(long index) {
            if (index < 0 || index >= size) {
                throw new StatusListException(StatusListError.RANGE_ERROR,
                        "status list index " + index + " is outside the list of " + size + " entries");
            }
            return read(bits, index * statusSize, statusSize);
        }

        /** @return the number of entries */
        public int size() {
            return size;
        }

        /** @return an immutable snapshot of the current state */
        public BitstringStatusList build() {
            return new BitstringStatusList(bits.clone(), statusSize);
        }
    }
}
