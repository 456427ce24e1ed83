package io.tabien.registry.flags.query;

/**
 * Where a flag about a person is filed, and so which registrars see it: the person's place of birth, else the
 * place of their household. One definition for every fact query that joins it in (aliases b, m, h).
 */
final class PersonPlace {

    static final String COLUMNS = """
            coalesce(b.birth_province, h.province) as province, coalesce(b.birth_district, h.district) as district""";

    private PersonPlace() {
    }

    static String joinedOn(String personColumn) {
        return """
                 left join flag_birth b on b.person_id = %1$s
                 left join flag_membership m on m.person_id = %1$s
                 left join flag_household h on h.family_book_id = m.family_book_id
                """.formatted(personColumn);
    }
}
