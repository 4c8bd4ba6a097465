// Ingest: sentence splitting and date parsing.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "geokg/article.hpp"

using namespace geokg;

namespace {

std::vector<std::string> sentences(std::string_view text) {
    std::vector<std::string> out;
    for (auto s : split_sentences(text)) {
        REQUIRE(s.begin < s.end);
        REQUIRE(s.end <= text.size());
        out.emplace_back(text.substr(s.begin, s.end - s.begin));
    }
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences: abbreviations, titles and months do not end a sentence") {
    CHECK(sentences("The U.S. and the U.K. signed a deal. It took effect on Nov. 24 last year.") ==
          V{"The U.S. and the U.K. signed a deal.", "It took effect on Nov. 24 last year."});
    CHECK(sentences("Dr. Lee met Gen. Milley, Sen. Warren and Mr. Ito. They talked.") ==
          V{"Dr. Lee met Gen. Milley, Sen. Warren and Mr. Ito.", "They talked."});
    CHECK(sentences("Item No. 3 was signed on Jan. 6 in St. Louis. Then it expired.") ==
          V{"Item No. 3 was signed on Jan. 6 in St. Louis.", "Then it expired."});
    CHECK(sentences("MS. PSAKI: Hi, everyone. Okay.") == V{"MS. PSAKI: Hi, everyone.", "Okay."});
    CHECK(sentences("He met\xC2\xA0Mr. Ito in Tokyo.\xC2\xA0 Then he left.") ==
          V{"He met\xC2\xA0Mr. Ito in Tokyo.", "Then he left."});
    CHECK(sentences("Many states, e.g. Japan and Chile, agreed. Others did not.") ==
          V{"Many states, e.g. Japan and Chile, agreed.", "Others did not."});
}

TEST_CASE("sentences: initials and names") {
    CHECK(sentences("John F. Kennedy visited Berlin. Kim Jong-un did not.") ==
          V{"John F. Kennedy visited Berlin.", "Kim Jong-un did not."});
    CHECK(sentences("J.R.R. Tolkien wrote it. It sold well.") == V{"J.R.R. Tolkien wrote it.", "It sold well."});
}

TEST_CASE("sentences: U.S. at the end of a sentence (opener heuristic)") {
    CHECK(sentences("Talks were held in the U.S. The meeting ended early.") ==
          V{"Talks were held in the U.S.", "The meeting ended early."});
    CHECK(sentences("He lives in the U.S. He works in Ohio.") == V{"He lives in the U.S.", "He works in Ohio."});
    CHECK(sentences("A U.S. State Department official spoke.") == V{"A U.S. State Department official spoke."});
    CHECK(sentences("The vote is at 10 a.m. Eastern time. It starts soon.") ==
          V{"The vote is at 10 a.m. Eastern time.", "It starts soon."});
    CHECK(sentences("The vote is at 10 a.m. The count follows.") ==
          V{"The vote is at 10 a.m.", "The count follows."});
}

TEST_CASE("sentences: decimals, ellipses, dotted names") {
    CHECK(sentences("Growth was 3.5 percent. Inflation fell to 2.1 percent.") ==
          V{"Growth was 3.5 percent.", "Inflation fell to 2.1 percent."});
    CHECK(sentences("He paused... Then he spoke. And then... he left.") ==
          V{"He paused...", "Then he spoke.", "And then... he left."});
    CHECK(sentences("He paused\xE2\x80\xA6 Then he spoke.") == V{"He paused\xE2\x80\xA6", "Then he spoke."});
    CHECK(sentences("Visit whitehouse.gov for the text. U.S.-China talks resume.") ==
          V{"Visit whitehouse.gov for the text.", "U.S.-China talks resume."});
}

TEST_CASE("sentences: quotes and parentheses") {
    CHECK(sentences("He said, \"We will win.\" The crowd cheered.") ==
          V{"He said, \"We will win.\"", "The crowd cheered."});
    CHECK(sentences("She said \xE2\x80\x9CNo.\xE2\x80\x9D Then she left.") ==
          V{"She said \xE2\x80\x9CNo.\xE2\x80\x9D", "Then she left."});
    CHECK(sentences("\"Why?\" he asked. \"Because.\"") == V{"\"Why?\" he asked.", "\"Because.\""});
    CHECK(sentences("\xE2\x80\x9CStop!\xE2\x80\x9D She ran. Did she? Yes!") ==
          V{"\xE2\x80\x9CStop!\xE2\x80\x9D", "She ran.", "Did she?", "Yes!"});
    CHECK(sentences("Thank you. (Applause.) The treaty (signed in 1992) expired. Talks resume.") ==
          V{"Thank you.", "(Applause.)", "The treaty (signed in 1992) expired.", "Talks resume."});
}

TEST_CASE("sentences: paragraph breaks and line wraps") {
    CHECK(sentences("Leaders meet in Tokyo\n\nThe talks began. They ended.\n\n  \nA list item") ==
          V{"Leaders meet in Tokyo", "The talks began.", "They ended.", "A list item"});
    CHECK(sentences("A sentence that\nwraps here. Next one.") == V{"A sentence that\nwraps here.", "Next one."});
    CHECK(sentences("Ends without a period\n\nand a paragraph starting in lower case.") ==
          V{"Ends without a period", "and a paragraph starting in lower case."});
    CHECK(sentences("").empty());
    CHECK(sentences(" \n\n ").empty());
}

TEST_CASE("sentences: exact spans") {
    std::string_view t = "  First one.  Second one?\n\nThird";
    auto s = split_sentences(t);
    REQUIRE(s.size() == 3);
    CHECK(s[0].begin == 2);
    CHECK(s[0].end == 12);
    CHECK(s[1].begin == 14);
    CHECK(s[1].end == 25);
    CHECK(s[2].begin == 27);
    CHECK(s[2].end == 32);
}

TEST_CASE("parse_date: the forms articles and metadata use") {
    CHECK(parse_date("November 25, 2020") == "2020-11-25");
    CHECK(parse_date("Nov. 25, 2020") == "2020-11-25");
    CHECK(parse_date("Nov 25 2020") == "2020-11-25");
    CHECK(parse_date("NOVEMBER 2, 2020") == "2020-11-02");
    CHECK(parse_date("Sept. 5, 2019") == "2019-09-05");
    CHECK(parse_date("25 November 2020") == "2020-11-25");
    CHECK(parse_date("25 Nov 2020") == "2020-11-25");
    CHECK(parse_date("3rd of March, 2021") == "2021-03-03");
    CHECK(parse_date("2020-11-25") == "2020-11-25");
    CHECK(parse_date("2020-11-25T10:00:00Z") == "2020-11-25");
    CHECK(parse_date("2021-03-01 11:36:04-05:00") == "2021-03-01");
    CHECK(parse_date("2020/11/25") == "2020-11-25");
    CHECK(parse_date("November 2020") == "2020-11");
    CHECK(parse_date("2020-11") == "2020-11");
    CHECK(parse_date("2021") == "2021");
    CHECK(parse_date("Sunday, February 25, 2024") == "2024-02-25");
    CHECK(parse_date("Nov. 2, 2020, 09:15 PM") == "2020-11-02");
    CHECK(parse_date("Kayla Wong | November 25, 2020, 09:15 PM") == "2020-11-25");
    CHECK(parse_date("Published 3 March 2021") == "2021-03-03");
    CHECK(parse_date("February 29, 2024") == "2024-02-29");
}

TEST_CASE("parse_date: no date") {
    CHECK(parse_date("").empty());
    CHECK(parse_date("no date here").empty());
    CHECK(parse_date("February 30, 2021").empty());      // no such day
    CHECK(parse_date("February 29, 2023").empty());      // not a leap year
    CHECK(parse_date("WASHINGTON, Nov. 3 (Reuters)").empty());  // no year
    CHECK(parse_date("they may 2020 or not").empty());   // "may" the verb
    CHECK(parse_date("the 2,000 miles of border").empty());
    CHECK(parse_date("in 2021 alone").empty());          // a bare year only as the whole value
    CHECK(parse_date("2020-13-01").empty());
}
