package io.tabien.registry.labour;

import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Sector;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What a worker may lawfully pay: at most {@code capMonths} monthly wages in total on one contract, and none of the
 * fee types that are the employer's to pay.
 *
 * @param defaultCapMonths          the cap where nothing more specific is set
 * @param capMonths                 caps by sector ({@code DOMESTIC_WORK}) or by destination and sector
 *                                  ({@code [TH.DOMESTIC_WORK]}), the more specific first
 * @param employerPays              fee types the employer pays, everywhere unless set for the destination
 * @param employerPaysByDestination fee types the employer pays, by destination (ISO 3166-1 alpha-2)
 */
@ConfigurationProperties("tabien.fees")
public record FeePolicy(
        @DefaultValue("1.0") BigDecimal defaultCapMonths,
        Map<String, BigDecimal> capMonths,
        @DefaultValue({"VISA", "WORK_PERMIT", "TRANSPORT"}) Set<FeeType> employerPays,
        Map<String, Set<FeeType>> employerPaysByDestination) {

    public FeePolicy {
        capMonths = capMonths == null ? Map.of() : Map.copyOf(capMonths);
        employerPays = Set.copyOf(employerPays);
        employerPaysByDestination = employerPaysByDestination == null ? Map.of() : Map.copyOf(employerPaysByDestination);
    }

    public BigDecimal capMonths(String destination, Sector sector) {
        BigDecimal specific = capMonths.get(destination + "." + sector.name());
        if (specific != null) {
            return specific;
        }
        return capMonths.getOrDefault(sector.name(), defaultCapMonths);
    }

    public boolean employerPays(String destination, FeeType type) {
        return employerPaysByDestination.getOrDefault(destination, employerPays).contains(type);
    }
}
