// The playground's pages re-read the parts that change while the instance's
// clock runs: every element with data-refresh="<url>" gets that URL's HTML
// every 1.5 s (the platform's lists and forms do not poll; this stands in for
// a person pressing reload). Parts holding the focus are left alone.
'use strict'
;(function () {
    var REFRESH_MS = 1500
    function refresh() {
        var parts = document.querySelectorAll('[data-refresh]')
        Array.prototype.forEach.call(parts, function (part) {
            if (part.contains(document.activeElement) && document.activeElement !== document.body) return
            fetch(part.getAttribute('data-refresh'), { cache: 'no-store' })
                .then(function (response) { return response.ok ? response.text() : null })
                .then(function (html) {
                    if (html !== null && html !== part.getAttribute('data-html')) {
                        part.innerHTML = html
                        part.setAttribute('data-html', html)
                    }
                })
                .catch(function () { /* the playground stopped; the next round tries again */ })
        })
    }
    document.addEventListener('DOMContentLoaded', function () {
        refresh()
        setInterval(refresh, REFRESH_MS)
    })
})()
