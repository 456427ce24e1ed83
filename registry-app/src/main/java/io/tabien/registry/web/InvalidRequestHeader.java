package io.tabien.registry.web;

/** A request header the API reads is malformed: 400. */
class InvalidRequestHeader extends RuntimeException {

    private final String header;

    InvalidRequestHeader(String header, String message) {
        super(message, null, false, false);
        this.header = header;
    }

    String header() {
        return header;
    }
}
