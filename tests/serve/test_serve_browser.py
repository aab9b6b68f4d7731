"""End to end in real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium (dev dependency) is not installed")

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = os.environ.get("STORYWIRE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = os.environ.get("STORYWIRE_CHROMEDRIVER") or shutil.which("chromedriver")
SHOTS = Path(os.environ.get("STORYWIRE_SCREENSHOTS", tempfile.gettempdir())) / "storywire-screenshots"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="no headless browser: install Debian's chromium and chromium-driver (.ci/install-browser.sh)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
                 ):  # fmt: skip
        options.add_argument(flag)
    # an explicit driver path: Selenium Manager never tries to download one
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(DRIVER)))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(20)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def wait_ready(driver: Any) -> None:
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))


def test_story_list_search_story_and_screenshots(browser: Any, live_server: str) -> None:
    browser.get(live_server + "/")
    wait_ready(browser)
    stories = browser.find_elements(By.CSS_SELECTOR, "#story-list .story")
    assert len(stories) >= 7  # at least the demo's seven happenings
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    assert browser.find_elements(By.CSS_SELECTOR, "#story-list .lang")
    browser.save_screenshot(str(SHOTS / "stories.png"))

    # search in Ukrainian for a name that other articles write in Latin script
    box = browser.find_element(By.ID, "search-box")
    box.clear()
    box.send_keys("Шойгу\n")
    WebDriverWait(browser, 20).until(expected_conditions.presence_of_element_located((By.ID, "hits")))
    wait_ready(browser)
    languages = {e.get_attribute("data-lang") for e in browser.find_elements(By.CSS_SELECTOR, "#hits .hit")}
    assert {"uk", "en", "fr", "de"} <= languages, languages
    latin = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#hits .hit[data-lang=en]")]
    assert any("Shoigu" in text for text in latin)
    browser.save_screenshot(str(SHOTS / "search.png"))

    # open the first multilingual story among the Ukrainian hits and check its languages side by side
    links = browser.find_elements(By.CSS_SELECTOR, "#hits .hit[data-lang=uk] a")
    candidates = [e for e in links if "/story/" in (e.get_attribute("href") or "")]
    link, expected = None, []
    for candidate in candidates:
        expected = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch('/api/v1/stories/' + arguments[0]).then(r => r.json()).then(d => done(d.story.languages));",
            candidate.get_attribute("href").split("#/story/")[1],
        )
        if len(expected) >= 2:
            link = candidate
            break
    assert link is not None, "no multilingual story among the Ukrainian hits"
    link.click()
    wait_ready(browser)
    # the ready flag may still be the search page's: wait for the story's own columns
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".columns .column"))
    columns = [e.get_attribute("data-lang") for e in browser.find_elements(By.CSS_SELECTOR, ".columns .column")]
    assert columns == sorted(expected) and len(columns) >= 2
    assert browser.find_elements(By.CSS_SELECTOR, ".column a.mention")
    browser.save_screenshot(str(SHOTS / "story.png"))
    assert (SHOTS / "story.png").stat().st_size > 10_000


def test_article_markup_is_shown_as_text(browser: Any, live_server: str) -> None:
    browser.get(live_server + "/")  # scripts below fetch relative to the page
    story = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/api/v1/articles/hostile-1').then(r => r.json()).then(d => done(d.story));"
    )
    browser.get(f"{live_server}/#/story/{story}")
    wait_ready(browser)
    text = browser.find_element(By.CSS_SELECTOR, ".columns").text
    assert "<script>window.__pwned = 1</script>" in text and "onerror=" in text
    assert browser.execute_script("return window.__pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, ".columns script, .columns img")


def test_entity_page_and_network(browser: Any, live_server: str) -> None:
    browser.get(live_server + "/")
    entity = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/api/v1/entities?type=PER&q=' + encodeURIComponent('Шойгу')).then(r => r.json())"
        ".then(d => done(d.items[0].id));"
    )
    browser.get(f"{live_server}/#/entity/{entity}")
    wait_ready(browser)
    assert "Сергій Шойгу" in browser.find_element(By.CSS_SELECTOR, "table.aliases").text
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    browser.save_screenshot(str(SHOTS / "entity.png"))
    browser.get(f"{live_server}/#/network")
    wait_ready(browser)
    assert browser.find_elements(By.CSS_SELECTOR, "svg.network circle.node")
    browser.save_screenshot(str(SHOTS / "network.png"))
