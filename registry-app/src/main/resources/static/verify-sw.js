// Keeps the certificate verification page in this browser, so that it opens and checks codes with no network.
// Network first, so that a deployment's changes reach the page as soon as it is online.
'use strict';

var CACHE = 'tabien-verify-2';
var PAGE = ['/verify', '/verify/verify.js', '/verify/verify.css', '/fonts/NotoSansLao-Regular.ttf'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(PAGE);
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || PAGE.indexOf(url.pathname) < 0) {
    return;
  }
  event.respondWith(fetch(event.request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(url.pathname);
  }));
});
