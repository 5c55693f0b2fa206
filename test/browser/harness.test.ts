// The harness itself: its GlideModal renders a UI page through the platform's
// XML round trip (not plain innerHTML), and its GlideAjax calls back only the
// way GlideAjax.js does. Small fixture pages make each behaviour visible, so
// the harness cannot quietly drift back to something friendlier than UI16.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core'
import { Instance } from '../bench/instance'
import { launchBrowser } from './browser'
import { parseDescribingText, startHarness, type Harness } from './harness'

const jelly = (inner: string) => `<?xml version="1.0" encoding="utf-8" ?>\n<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide">${inner}</j:jelly>`

const ROUND_TRIP = {
    name: 'x_fixture_round_trip',
    html: jelly(`
<style>.fx-plain li { color: rgb(4, 5, 6); } .fx-list > li { color: rgb(1, 2, 3); }</style>
<div id="fx">
  <div id="fx_empty_div"></div><p id="fx_after_div">after the div</p>
  <strong id="fx_full_strong">full</strong><p id="fx_after_full">after the full strong</p>
  <ul class="fx-list fx-plain"><li id="fx_li">item</li></ul>
  <p id="fx_amp">a &amp;amp; b</p>
  <p id="fx_incident">\${HTML:sysparm_incident}</p>
  <!-- Last: the HTML parser carries an unclosed <strong> on into everything after it. -->
  <strong id="fx_empty_strong"></strong><p id="fx_after_strong">after the strong</p>
</div>`),
    // Runs after the page is in the document; records what it saw.
    clientScript: `window.fixtureSeen = {
        afterStrong: !!document.getElementById('fx_after_strong'),
        staticGet: typeof GlideModal.get,
        modalId: GlideModal.get().getID(),
        scriptText: 'a && b < c'
    };`,
}

let browser: Browser
let instance: Instance
let harness: Harness
let page: Page

beforeAll(async () => {
    ;[browser, instance] = await Promise.all([launchBrowser(), Promise.resolve(Instance.load())])
    instance.createUser({ userName: 'nobody', name: 'No Roles' })
    harness = await startHarness(instance, { user: 'admin', pages: [ROUND_TRIP] })
}, 120_000)

afterAll(async () => {
    await browser?.close()
    await harness?.close()
})

beforeEach(async () => {
    harness.user = 'admin'
    harness.ajaxFault = null
    page = await browser.newPage()
    await page.goto(`${harness.url}/blank.do`)
})

afterEach(async () => {
    await page?.close()
    expect(harness.errors).toEqual([])
})

/** Opens the fixture page in a GlideModal, as a UI action would, and waits for its client script. */
async function renderInModal(): Promise<void> {
    await page.evaluate(() => {
        const modal = new (window as unknown as { GlideModal: new (id: string) => { setTitle(t: string): void; setPreference(n: string, v: string): void; render(): void } }).GlideModal('x_fixture_round_trip')
        modal.setTitle('Fixture')
        modal.setPreference('sysparm_incident', 'INC & co')
        modal.render()
    })
    await page.waitForFunction(() => 'fixtureSeen' in window)
}

const parentId = (id: string) => page.evaluate((child) => document.getElementById(child)?.parentElement?.id, id)

describe('GlideModal renders a UI page the way UI16 does', () => {
    test('what follows an empty <strong> ends up inside it (XMLSerializer writes <strong/>, which HTML opens)', async () => {
        await renderInModal()
        expect(await parentId('fx_after_strong')).toBe('fx_empty_strong')
        // A strong with content is closed as written.
        expect(await parentId('fx_after_full')).toBe('fx')
    })

    test('an empty <div> is re-opened by _fixBrowserTags, so what follows it stays outside', async () => {
        await renderInModal()
        expect(await parentId('fx_after_div')).toBe('fx')
    })

    test('a > in the page\'s CSS arrives as &gt;, and the rule with it is lost', async () => {
        await renderInModal()
        const style = await page.evaluate(() => document.querySelector('.modal-body style')!.textContent)
        expect(style).toContain('.fx-list &gt; li')
        expect(await page.evaluate(() => getComputedStyle(document.getElementById('fx_li')!).color)).toBe('rgb(4, 5, 6)')
    })

    test('setEscapedBody turns &amp; into & once more: text written "&amp;amp;" shows as "&"', async () => {
        await renderInModal()
        expect(await page.evaluate(() => document.getElementById('fx_amp')!.textContent)).toBe('a & b')
    })

    test('the client script runs after the page is in the document, from the XML text, with GlideModal.get() rewritten to this modal', async () => {
        await renderInModal()
        const seen = await page.evaluate(() => (window as unknown as { fixtureSeen: Record<string, unknown> }).fixtureSeen)
        expect(seen).toEqual({ afterStrong: true, staticGet: 'undefined', modalId: 'x_fixture_round_trip', scriptText: 'a && b < c' })
        // The preferences reach the page's Jelly, HTML-escaped.
        expect(await page.evaluate(() => document.getElementById('fx_incident')!.textContent)).toBe('INC & co')
        // The modal is labelled by its title and has the dialog's id.
        await expect(page.getByRole('dialog', { name: 'Fixture' }).getAttribute('id')).resolves.toBe('x_fixture_round_trip')
    })

    test('the same page opened directly (the workspace frame) is plain HTML: no nesting', async () => {
        await page.goto(`${harness.url}/x_fixture_round_trip.do?sysparm_incident=x`)
        expect(await parentId('fx_after_strong')).toBe('fx')
    })

    test('GlideModal sends its preferences as the XML text of getDescribingText()', async () => {
        const text = await page.evaluate(() => {
            const modal = new (window as unknown as { GlideModal: new (id: string) => { setPreference(n: string, v: string): void; getDescribingText(): string } }).GlideModal('x_fixture_round_trip')
            modal.setPreference('sysparm_incident', 'a"b&c')
            return modal.getDescribingText()
        })
        expect(text).toMatch(/^<section name="x_fixture_round_trip"><preference name="table" value="x_fixture_round_trip"><\/preference>/)
        expect(parseDescribingText(text)).toEqual({
            name: 'x_fixture_round_trip',
            preferences: { table: 'x_fixture_round_trip', renderer: 'RenderForm', type: 'direct', sysparm_incident: 'a"b&c' },
        })
    })
})

describe('GlideAjax calls back the way GlideAjax.js does', () => {
    type Outcome = { answer?: string | null; error?: { status: number; responseText: string } }

    /** One getXMLAnswer call from the page; with `errorCallback`, one set with setErrorCallback too. */
    function call(errorCallback: boolean): Promise<Outcome> {
        return page.evaluate((withError) => new Promise<Outcome>((resolve) => {
            const ga = new (window as unknown as { GlideAjax: new (p: string) => { addParam(n: string, v: string): void; setErrorCallback(f: (r: XMLHttpRequest) => void): void; getXMLAnswer(f: (a: string | null) => void): void } }).GlideAjax('x_opcon.OpConJobAjax')
            ga.addParam('sysparm_name', 'getJob')
            ga.addParam('sysparm_incident', 'not-a-sys-id')
            if (withError) ga.setErrorCallback((request) => resolve({ error: { status: request.status, responseText: request.responseText } }))
            ga.getXMLAnswer((answer) => resolve({ answer }))
            // Nobody called back within a second of the answer: say so.
            setTimeout(() => resolve({}), 1500)
        }), errorCallback)
    }

    test('HTTP 200: the callback gets the answer attribute of the XML answer; sysparm_scope=global is sent', async () => {
        const outcome = await call(true)
        expect(JSON.parse(outcome.answer!)).toMatchObject({ ok: false, error: { code: 'invalid_incident' } })
        expect(harness.ajaxLog[harness.ajaxLog.length - 1]).toMatchObject({ processor: 'x_opcon.OpConJobAjax', method: 'getJob', scope: 'global', status: 200 })
    })

    test('any other status: only the error callback, with the status and the response text', async () => {
        harness.ajaxFault = { status: 500, body: 'Internal error' }
        expect(await call(true)).toEqual({ error: { status: 500, responseText: 'Internal error' } })
        harness.ajaxFault = { status: 403, body: 'Forbidden' }
        expect(await call(true)).toEqual({ error: { status: 403, responseText: 'Forbidden' } })
    })

    test('any other status and no error callback: nothing is called at all', async () => {
        harness.ajaxFault = { status: 500, body: 'Internal error' }
        expect(await call(false)).toEqual({})
        expect(harness.ajaxLog[harness.ajaxLog.length - 1]).toMatchObject({ status: 500, fault: 'HTTP 500' })
    })

    test('a call its execute ACL refuses is HTTP 403 (assumed: the status is not documented), so only the error callback runs', async () => {
        harness.user = 'nobody'
        expect((await call(true)).error?.status).toBe(403)
        expect(harness.ajaxLog[harness.ajaxLog.length - 1].denied).toMatch(/^nobody may not call x_opcon\.OpConJobAjax/)
    })

    test('no answer at all (the harness hangs): nothing is called', async () => {
        harness.ajaxFault = { hang: true }
        expect(await call(true)).toEqual({})
        expect(harness.ajaxLog[harness.ajaxLog.length - 1]).toMatchObject({ status: 0, fault: 'hang' })
    })
})
