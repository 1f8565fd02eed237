"""The generated server's Swagger UI in a real headless Chromium.

Serves Swagger UI's assets locally (from the PyPI package drf-spectacular-sidecar, which ships
swagger-ui-dist 5: swagger-ui-bundle ships 4.15, which cannot render OpenAPI 3.1), starts the
AuthGuide sample's server with --docs-assets-url pointing at them, and checks as a person would:
the page renders, Authorize lists the sample's schemes, and an authorized "Try it out" call
reaches the server with the credential. Screenshots go to test-output/.
"""
import functools
import http.server
import importlib.util
import pathlib
import subprocess
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
SERVER = ROOT / ".build-samples" / "debug" / "AuthGuide"
OUTPUT = ROOT / "test-output"
DOCUMENTED_SCHEMES = ["AuthBearer", "BasicAuth", "QueryKey", "HeaderKey", "CookieKey", "SessionAuth",
                      "SessionAuthSuperUser", "SessionAuthIsStaff", "MyAuth", "ApiKey"]


def swagger_ui_assets() -> pathlib.Path:
    # find_spec does not run the package's __init__ (which needs Django).
    spec = importlib.util.find_spec("drf_spectacular_sidecar")
    assert spec and spec.submodule_search_locations, "pip install --no-deps drf-spectacular-sidecar"
    return pathlib.Path(spec.submodule_search_locations[0]) / "static" / "drf_spectacular_sidecar" / "swagger-ui-dist"


@pytest.fixture(scope="module")
def assets_url():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(swagger_ui_assets()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def api_port(assets_url):
    assert SERVER.exists(), f"build the sample first: swift build --package-path Samples/AuthGuide --scratch-path .build-samples"
    process = subprocess.Popen([str(SERVER), "--port", "0", "--docs-assets-url", assets_url],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port = None
    for line in process.stdout:
        if "listening on" in line:
            port = int(line.rsplit(":", 1)[1])
            break
    assert port, "the server did not start"
    yield port
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()


def test_docs_authorize_and_try_it_out(browser, api_port):
    OUTPUT.mkdir(exist_ok=True)
    wait = WebDriverWait(browser, 30)
    browser.get(f"http://127.0.0.1:{api_port}/api/docs")
    wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".swagger-ui .info .title"), "Authentication guide"))
    assert browser.find_elements(By.CSS_SELECTOR, ".opblock"), "no operations rendered"

    browser.find_element(By.CSS_SELECTOR, ".scheme-container button.authorize").click()
    wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".modal-ux")))
    containers = browser.find_elements(By.CSS_SELECTOR, ".modal-ux .auth-container")
    titles = [container.find_element(By.CSS_SELECTOR, "h4").text for container in containers]
    for scheme in DOCUMENTED_SCHEMES:
        assert any(title.split()[0] == scheme for title in titles), f"{scheme} missing from {titles}"
    assert not any(title.split()[0] in ("ip_whitelist", "FalsyAuth") for title in titles), "custom schemes are not documented"

    bearer = next(c for c in containers if c.find_element(By.CSS_SELECTOR, "h4").text.split()[0] == "AuthBearer")
    bearer.find_element(By.CSS_SELECTOR, "input").send_keys("supersecret")
    bearer.find_element(By.CSS_SELECTOR, "button.authorize").click()
    browser.save_screenshot(str(OUTPUT / "swagger-ui-authorize.png"))
    browser.find_element(By.CSS_SELECTOR, ".modal-ux button.btn-done").click()

    operation = wait.until(EC.presence_of_element_located((By.ID, "operations-default-bearer")))
    operation.find_element(By.CSS_SELECTOR, ".opblock-summary").click()
    wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#operations-default-bearer .try-out__btn"))).click()
    wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#operations-default-bearer .execute"))).click()
    wait.until(EC.text_to_be_present_in_element(
        (By.CSS_SELECTOR, "#operations-default-bearer .live-responses-table tbody .response-col_status"), "200"))
    body = browser.find_element(By.CSS_SELECTOR, "#operations-default-bearer .live-responses-table tbody .response-col_description").text
    assert '"token": "supersecret"' in body, body
    browser.execute_script("arguments[0].scrollIntoView();", operation)
    browser.save_screenshot(str(OUTPUT / "swagger-ui-try-it-out.png"))
