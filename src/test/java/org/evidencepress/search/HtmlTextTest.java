package org.evidencepress.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`` | ``",
        "plain words | plain words",
        "<p>One</p><p>two</p> | ` One  two `",
        "a<br>b | a b",
        "<a href=\"x\">link</a> text | ` link  text`",
        "fish &amp; chips | fish & chips",
        "&lt;tag&gt; &quot;q&quot; &apos;a&apos; | <tag> \"q\" 'a'",
        "non&nbsp;breaking | non breaking",
        "&#233;t&#xE9; &#X1F600; | été 😀",
        "&unknown; word | `  word`",
        "&#xZZ; &#99999999; | `   `",
        "AT&T and a lone & | AT&T and a lone &",
        "&averylongname; | &averylongname;",
        "open <tag never closed | `open `",
        "café – naïve | café – naïve",
        "emoji 😀 <b>bold</b> | `emoji 😀  bold `",
    })
    void keepsTheReadableTextOfHtml(String html, String text) {
        assertThat(HtmlText.of(html)).isEqualTo(text);
    }
}
