package io.tabien.registry.certificates.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page that checks a certificate's QR code: a static page whose script checks the signature in the
 * browser against the key list it keeps, so that it works offline once loaded.
 */
@Controller
class VerifyPage {

    @GetMapping("/verify")
    String page() {
        return "forward:/verify/index.html";
    }
}
