// The registry's service worker: keeps the app shell, its scripts, styles and font, the office's place lists (on the
// forms) and the records a registrar took offline, so that the pages open without a connection. Pages come from the
// network while it answers, and from this cache when it does not; the API and the sync path are never cached. A
// grievance's case page (every page under /grievances but the intake form) tells what a worker went through: it comes
// from the network only, and is never kept here.
var CACHE = 'tabien-offline-1';

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
            return name.indexOf('tabien-offline-') === 0 && name !== CACHE;
        }).map(function (name) {
            return caches.delete(name);
        }));
    }).then(function () {
        return self.clients.claim();
    }));
});

// The page asks to keep some addresses ({keep: [...]}) or to forget the pages ({forget: true}, at logout).
self.addEventListener('message', function (event) {
    var port = event.ports && event.ports[0];
    var done = event.data && event.data.keep ? keep(event.data.keep)
        : event.data && event.data.forget ? forgetPages() : Promise.resolve();
    event.waitUntil(done.then(function () {
        if (port) port.postMessage({done: true});
    }, function (failure) {
        if (port) port.postMessage({done: false, reason: String(failure)});
    }));
});

function keep(urls) {
    return caches.open(CACHE).then(function (cache) {
        return Promise.all(urls.map(function (url) {
            if (isCaseFile(new URL(url, self.location.origin).pathname)) {
                return Promise.reject(new Error('never kept: ' + url));
            }
            return fetch(url, {credentials: 'same-origin'}).then(function (response) {
                if (!response.ok || isLogin(response)) throw new Error('not kept: ' + url);
                return cache.put(key(url), response);
            });
        }));
    });
}

function forgetPages() {
    return caches.open(CACHE).then(function (cache) {
        return cache.keys().then(function (requests) {
            return Promise.all(requests.filter(function (request) {
                return !isAsset(new URL(request.url).pathname);
            }).map(function (request) {
                return cache.delete(request);
            }));
        });
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) return;
    var path = url.pathname;
    if (path.indexOf('/api/') === 0 || path === '/sync' || path === '/login' || path === '/logout') return;
    if (request.mode === 'navigate' || path === '/app/texts') {
        event.respondWith(networkFirst(request));
    } else if (isAsset(path)) {
        event.respondWith(cacheFirst(request));
    }
});

function isAsset(path) {
    return /^\/(css|js|fonts|webjars)\//.test(path);
}

function isCaseFile(path) {
    return /^\/grievances(\/|$)/.test(path) && path !== '/grievances/new';
}

function isLogin(response) {
    return response.redirected && new URL(response.url).pathname === '/login';
}

// Pages are kept under their path, the language parameter aside; the texts under their language.
function key(url) {
    var parsed = new URL(url, self.location.origin);
    return parsed.pathname === '/app/texts' ? parsed.pathname + parsed.search : parsed.pathname;
}

function networkFirst(request) {
    return caches.open(CACHE).then(function (cache) {
        var name = key(request.url);
        return fetch(request).then(function (response) {
            if (response.ok && !isLogin(response) && !isCaseFile(new URL(request.url).pathname)) {
                var copy = response.clone();
                cache.match(name).then(function (kept) {
                    if (kept) return cache.put(name, copy);
                });
            }
            return response;
        }, function (unreachable) {
            return cache.match(name).then(function (kept) {
                return kept || (request.mode === 'navigate' ? cache.match('/') : undefined);
            }).then(function (kept) {
                if (kept) return kept;
                throw unreachable;
            });
        });
    });
}

function cacheFirst(request) {
    return caches.open(CACHE).then(function (cache) {
        return cache.match(request).then(function (kept) {
            return kept || fetch(request).then(function (response) {
                if (response.ok) cache.put(request, response.clone());
                return response;
            });
        });
    });
}
