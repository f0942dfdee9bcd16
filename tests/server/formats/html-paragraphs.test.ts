import { describe, expect, it } from 'vitest';
import { htmlParagraphs } from '../../../src/server/formats/html-paragraphs';
import { sourceBytes } from '../../../src/server/formats/source-text';

/** A saved news page: navigation, a script, a style, comments, an article body with a table and a related-news aside. */
const PAGE = `<!DOCTYPE html>
<html lang="fa" dir="rtl"><head><title>خبرگزاری</title><style>p{color:red}</style>
<script>var x = "<p>not text</p>";</script></head>
<body>
<header><a href="/">صفحه اصلی</a></header>
<nav><ul><li>سیاسی</li><li>اقتصادی</li></ul></nav>
<!-- <p>commented out</p> -->
<div role="navigation">مسیر: خانه › سیاست</div>
<article>
  <h1>دیدار وزیران دفاع</h1>
  <p class="lead">به گزارش&nbsp;خبرگزاری، وزیر دفاع
     گفت: &laquo;روابط گسترش می‌یابد&raquo; &amp; ادامه دارد.</p>
  <p>خط اول<br>خط دوم</p>
  <div><span>بخش</span> <b>دوم</b></div>
  <table><tr><td>ردیف ۱ الف</td><td>ردیف ۱ ب</td></tr><tr><td>ردیف ۲</td><td></td></tr></table>
  <script>document.write('x')</script>
  <aside><p>اخبار مرتبط</p></aside>
</article>
<footer>کلیه حقوق محفوظ است</footer>
</body></html>`;

describe('HTML source paragraphs', () => {
  it('keeps the article body, drops navigation, scripts, styles and comments, decodes entities', () => {
    expect(htmlParagraphs(PAGE, { preferArticle: true })).toEqual([
      'دیدار وزیران دفاع',
      'به گزارش خبرگزاری، وزیر دفاع گفت: «روابط گسترش می‌یابد» & ادامه دارد.',
      'خط اول',
      'خط دوم',
      'بخش دوم',
      'ردیف ۱ الف',
      'ردیف ۱ ب',
      'ردیف ۲',
    ]);
  });

  it('reads the whole body when the page marks no article, still without nav and footer', () => {
    const page = '<body><nav>منو</nav><div>یک</div><p>دو<p>سه</p><footer>پا</footer></body>';
    expect(htmlParagraphs(page, { preferArticle: true })).toEqual(['یک', 'دو', 'سه']);
  });

  it('keeps ZWNJ inside words while collapsing other whitespace', () => {
    expect(htmlParagraphs('<p>می\u200cیابد \n\t  بین\u200cالمللی</p>', { preferArticle: false })).toEqual([
      'می\u200cیابد بین\u200cالمللی',
    ]);
  });

  it('refuses a page with no body text, naming the file', async () => {
    const page = new TextEncoder().encode(
      '<html><head><title>t</title></head><body><nav>menu</nav><script>x</script></body></html>',
    );
    await expect(sourceBytes(page, 'empty.html', 'html')).rejects.toMatchObject({
      code: 'no_text',
      params: { file: 'empty.html' },
    });
  });

  it('turns a page into one line per paragraph for the usual text path', async () => {
    const bytes = await sourceBytes(new TextEncoder().encode(PAGE), 'page.html', 'html');
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\n').filter(Boolean)).toHaveLength(8);
  });
});
