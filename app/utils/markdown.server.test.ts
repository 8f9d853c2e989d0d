import { describe, expect, it } from "vitest";
import { formatted, plainText, renderMarkdown } from "./markdown.server";

describe("renderMarkdown", () => {
  it("formats bold, italics, lists, links and keeps single line breaks (a signature stays on its lines)", () => {
    const html = renderMarkdown(
      "**Working languages:** English, French\n\nYours faithfully,\nSeizo Onoe\nDirector\n\n- one\n- *two*\n\n[ITU](https://www.itu.int/)",
    );
    expect(html).toContain("<strong>Working languages:</strong> English, French");
    expect(html).toContain("Yours faithfully,<br>\nSeizo Onoe<br>\nDirector");
    expect(html).toContain("<li><em>two</em></li>");
    expect(html).toContain('<a href="https://www.itu.int/">ITU</a>');
  });

  it("prints raw HTML as text and drops dangerous links", () => {
    const html = renderMarkdown("<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain('href="javascript');
  });

  it("puts '## ' headings at the page's level", () => {
    expect(renderMarkdown("## Programme")).toBe("<h2>Programme</h2>\n");
    expect(renderMarkdown("## Programme", 3)).toBe("<h3>Programme</h3>\n");
    expect(renderMarkdown("# Top", 3)).toBe("<h3>Top</h3>\n");
    expect(renderMarkdown("### Sub", 3)).toBe("<h4>Sub</h4>\n");
  });

  it("gives the plain words for descriptions", () => {
    expect(plainText("**Working languages:** English &amp; *French*")).toBe("Working languages: English & French");
  });

  it("gives the same text at each level when asked again (it is remembered per level)", () => {
    const text = "## Programme\n\nOpening *remarks*";
    expect(renderMarkdown(text, 3)).toBe("<h3>Programme</h3>\n<p>Opening <em>remarks</em></p>\n");
    expect(renderMarkdown(text)).toBe("<h2>Programme</h2>\n<p>Opening <em>remarks</em></p>\n");
    expect(renderMarkdown(text, 3)).toBe("<h3>Programme</h3>\n<p>Opening <em>remarks</em></p>\n");
    expect(plainText(text)).toBe("Programme Opening remarks");
  });
});

describe("formatted", () => {
  it("gives a page the HTML and the text's language, not the Markdown too (it would be sent twice)", () => {
    const long = formatted({ text: "We, national **governments**", lang: "en", isFallback: true });
    expect(long).toEqual({ lang: "en", isFallback: true, html: "<p>We, national <strong>governments</strong></p>\n" });
  });
});
