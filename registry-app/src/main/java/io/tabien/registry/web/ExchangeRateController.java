package io.tabien.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.reference.ExchangeRates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Exchange rates to kip, by the day they take effect; administrators add them. */
@RestController
class ExchangeRateController {

    record NewRate(@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                   @NotNull LocalDate effectiveOn, @NotNull BigDecimal lakPerUnit) {
    }

    private final ExchangeRates rates;
    private final ActorSource actors;

    ExchangeRateController(ExchangeRates rates, ActorSource actors) {
        this.rates = rates;
        this.actors = actors;
    }

    @Operation(summary = "Record the kip rate of a currency from a day on")
    @PostMapping("/api/admin/exchange-rates")
    ResponseEntity<ExchangeRates.Rate> add(@Valid @RequestBody NewRate request) {
        var rate = new ExchangeRates.Rate(request.currency(), request.effectiveOn(), request.lakPerUnit());
        rates.add(rate, actors.currentActor().username());
        return ResponseEntity.created(URI.create("/api/reference/exchange-rates?currency=" + rate.currency()))
                .body(rate);
    }

    @Operation(summary = "List exchange rates")
    @GetMapping("/api/reference/exchange-rates")
    List<ExchangeRates.Rate> list(@RequestParam(required = false) String currency) {
        return rates.list(currency);
    }
}
