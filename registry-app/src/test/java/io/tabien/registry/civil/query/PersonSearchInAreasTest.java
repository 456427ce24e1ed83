package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.PersonSearchPage;
import io.tabien.contracts.civil.SearchPersons;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A small area's persons are gathered and scored alone; a large area is applied to the best-scored persons. Both
 * give a reader the same pages.
 */
class PersonSearchInAreasTest extends IntegrationTest {

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void areasGatheredOrAppliedToTheBestScoredGiveTheSamePages() {
        String family = "Zy" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Api registrar = user("REGISTRAR", "LA-XE");
        List<String> of1501 = new ArrayList<>();
        for (String given : List.of("Somsack", "Somsouk", "Bounthan", "Somsack", "Kham")) {
            of1501.add(birth(registrar, given, family, "1501"));
        }
        String of1502 = birth(registrar, "Somsack", family, "1502");
        List<String> own = new ArrayList<>(of1501);
        own.add(of1502);
        PersonSearch everyAreaSmall = search(Integer.MAX_VALUE);
        PersonSearch everyAreaLarge = search(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> pages(everyAreaSmall, family, null, 10, own).size() == 6);

        // Other tests' persons named Somsack match the first query by one word of two: only this test's are compared.
        for (String q : new String[]{"somsak " + family, family}) {
            for (String jurisdiction : new String[]{"1501", "1502", "LA-XE", "LA-VT", null}) {
                for (int limit : q.equals(family) ? new int[]{1, 2, 10} : new int[]{10}) {
                    List<String> gathered = pages(everyAreaSmall, q, jurisdiction, limit, own);
                    assertThat(pages(everyAreaLarge, q, jurisdiction, limit, own))
                            .as("%s as %s, pages of %d", q, jurisdiction, limit).isEqualTo(gathered);
                }
            }
        }
        assertThat(pages(everyAreaLarge, family, "1501", 2, own)).containsExactlyInAnyOrderElementsOf(of1501);
        assertThat(pages(everyAreaLarge, family, "1502", 2, own)).containsExactly(of1502);
        assertThat(pages(everyAreaLarge, family, "LA-VT", 2, own)).isEmpty();
        assertThat(pages(everyAreaLarge, family, "LA-XE", 4, own)).hasSize(6);
        List<String> bothWordsFirst = pages(everyAreaLarge, "somsak " + family, "1501", 10, own);
        assertThat(bothWordsFirst.subList(0, 2)).containsExactlyInAnyOrder(of1501.get(0), of1501.get(3));
    }

    private PersonSearch search(int smallAreaPersons) {
        return new PersonSearch(jdbc, transactions, Clock.systemUTC(), 0.3, smallAreaPersons);
    }

    /** Every page of a search by a reader of {@code jurisdiction}: the persons among {@code own}, in order. */
    private static List<String> pages(PersonSearch search, String q, String jurisdiction, int limit,
                                       List<String> own) {
        List<String> persons = new ArrayList<>();
        String after = null;
        do {
            PersonSearchPage page = search.search(new SearchPersons(q, null, null, null, null, limit, after,
                    jurisdiction));
            page.results().stream().map(summary -> summary.id().value().toString()).forEach(persons::add);
            after = page.next();
        } while (after != null && persons.size() < 200);
        persons.retainAll(own);
        return persons;
    }

    private static String birth(Api registrar, String given, String family, String district) {
        Api.Response created = registrar.post("/api/births", """
                {"givenName": "ທົດລອງ", "familyName": "ທົດລອງ", "givenNameLatin": "%s", "familyNameLatin": "%s",
                 "sex": "F", "dateOfBirth": "1990-01-01", "placeOfBirth": {"province": "LA-XE", "district": "%s"}}"""
                .formatted(given, family, district));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
