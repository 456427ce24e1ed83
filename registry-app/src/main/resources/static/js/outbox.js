// The outbox: births, deaths and family-book changes, and the grievances an attaché takes in, entered while the
// registry cannot be reached wait here, in the browser's IndexedDB, each with an idempotency key chosen on capture and
// the time it was captured, until they are sent in one batch to the registry's sync path. The registry answers each
// entry as it would have answered it alone: an accepted entry leaves the outbox, a refused one stays with its reason
// until the user corrects or discards it, and a change to a record that changed since it was taken stays with the
// record as it is now. Nothing is dropped because the session ended: the browser is enrolled as a device of its user,
// and sends with the device's token, which outlives the session; without one, the entries wait for the next login. A
// device the registry refuses (revoked, or its user disabled) sends nothing more: its entries stay, the reason is
// shown, and the user may enrol the browser again once logged in. What a
// grievance's worker told stays in its entry alone, and goes with it once the registry has it: never in the label,
// the list of entries sent, or a log.
(function () {
    'use strict';
    var user = document.body.getAttribute('data-user');
    var lang = document.documentElement.lang || 'en';
    if (!user || !window.indexedDB || !window.fetch) return;

    var BATCH = 200;
    var EVERY = 15000;
    var texts = {};
    var status = '';
    var syncing = null;
    var database = null;

    // ---- storage ------------------------------------------------------------------------------------------------

    function db() {
        if (!database) {
            database = new Promise(function (resolve, reject) {
                var opening = indexedDB.open('tabien-outbox', 1);
                opening.onupgradeneeded = function () {
                    var created = opening.result;
                    created.createObjectStore('entries', {keyPath: 'key'});
                    created.createObjectStore('sent', {keyPath: 'key'});
                    created.createObjectStore('records', {keyPath: 'id'});
                };
                opening.onsuccess = function () { resolve(opening.result); };
                opening.onerror = function () { reject(opening.error); };
            });
        }
        return database;
    }

    function store(name, mode, work) {
        return db().then(function (opened) {
            return new Promise(function (resolve, reject) {
                var transaction = opened.transaction(name, mode);
                var result = work(transaction.objectStore(name));
                transaction.oncomplete = function () { resolve(result && 'result' in result ? result.result : result); };
                transaction.onerror = function () { reject(transaction.error); };
            });
        });
    }

    function all(name) {
        return store(name, 'readonly', function (s) { return s.getAll(); }).then(function (rows) {
            return rows.filter(function (row) { return row.user === user; });
        });
    }

    function put(name, row) {
        row.user = user;
        return store(name, 'readwrite', function (s) { s.put(row); });
    }

    function remove(name, key) {
        return store(name, 'readwrite', function (s) { s['delete'](key); });
    }

    function byCapture(a, b) {
        return a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0;
    }

    // ---- texts --------------------------------------------------------------------------------------------------

    function t(key, fallback) {
        return texts[key] || (fallback === undefined ? key : fallback);
    }

    // Once per session and language: the texts are the same on every page.
    function loadTexts() {
        var kept = sessionStorage.getItem('tabien-texts-' + lang);
        if (kept) {
            texts = JSON.parse(kept);
            return Promise.resolve();
        }
        return fetch('/app/texts?lang=' + encodeURIComponent(lang),
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok && !isLogin(response) ? response.json() : null;
            })
            .then(function (loaded) {
                texts = loaded || {};
                if (loaded) sessionStorage.setItem('tabien-texts-' + lang, JSON.stringify(loaded));
            }, function () { texts = {}; });
    }

    function reason(problem) {
        if (!problem) return t('rule.unknown');
        if (problem.rule) {
            var field = problem.field ? String(problem.field).split('.').pop() : null;
            var general = t('rule.' + problem.rule, t('rule.unknown'));
            return field ? t('rule.' + problem.rule + '.' + field, general) : general;
        }
        if (problem.status === 403) return t('outbox.forbidden');
        if (problem.status === 404) return t('outbox.notFound');
        if (problem.status === 400) {
            var fields = (problem.errors || []).map(function (error) {
                return t('outbox.field.' + error.field, error.field);
            }).join(', ');
            return t('field.invalid') + (fields ? ' (' + fields + ')' : '');
        }
        return t('rule.unknown');
    }

    // ---- the device ---------------------------------------------------------------------------------------------

    // Beside the outbox, per user: the device's token, told once by the registry, and the registry's refusal of it.
    var DEVICE = 'tabien-device:' + user;
    var REFUSED = 'tabien-device-refused:' + user;
    // This browser's installation, and the number of its last attempt to be enrolled, kept before it asks: a page
    // left before the answer came leaves a device whose token nobody kept, and the next attempt replaces it.
    var INSTALLATION = 'tabien-installation';
    var ATTEMPT = 'tabien-enrolment-attempt:' + user;

    function installation() {
        var key = localStorage.getItem(INSTALLATION);
        if (!key || !/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
            var bytes = new Uint8Array(16);
            crypto.getRandomValues(bytes);
            key = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
            localStorage.setItem(INSTALLATION, key);
        }
        return key;
    }

    function nextAttempt() {
        var attempt = (parseInt(localStorage.getItem(ATTEMPT), 10) || 0) + 1;
        localStorage.setItem(ATTEMPT, String(attempt));
        return attempt;
    }

    function kept(name) {
        try {
            return JSON.parse(localStorage.getItem(name));
        } catch (unreadable) {
            return null;
        }
    }

    function deviceName() {
        var agent = navigator.userAgent;
        var browser = /Edg\//.test(agent) ? 'Edge' : /Firefox\//.test(agent) ? 'Firefox'
            : /Chrom(e|ium)\//.test(agent) ? 'Chrome' : /Safari\//.test(agent) ? 'Safari' : 'Browser';
        var system = /Android/.test(agent) ? 'Android' : /iPhone|iPad/.test(agent) ? 'iOS'
            : /Windows/.test(agent) ? 'Windows' : /Mac OS/.test(agent) ? 'macOS' : /Linux/.test(agent) ? 'Linux' : '';
        return [browser, system, when(new Date().toISOString()).substring(0, 10)].filter(Boolean).join(' · ');
    }

    // An enrolment under way: a second click, or the page's own enrolment at load, waits for it rather than
    // enrolling the browser a second time as another device.
    var enrolling = null;

    // Enrols this browser while a session is open, unless it is enrolled, or refused and not asked to enrol again.
    function enrol(again) {
        if (kept(DEVICE) || (kept(REFUSED) && !again)) return Promise.resolve();
        if (enrolling) return enrolling;
        enrolling = ready().then(function (csrf) {
            if (typeof csrf === 'string') {
                status = csrf;
                return null;
            }
            var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
            headers[csrf.header] = csrf.token;
            var attempt = nextAttempt();
            return fetch('/devices', {method: 'POST', credentials: 'same-origin', headers: headers,
                body: JSON.stringify({name: deviceName(), installation: installation(), attempt: attempt})
            }).then(function (response) {
                if (response.status !== 201) return null;
                return response.json().then(function (device) {
                    // Another page of this browser asked again meanwhile: its device replaces this one.
                    if (localStorage.getItem(ATTEMPT) !== String(attempt)) return;
                    localStorage.setItem(DEVICE, JSON.stringify({id: device.id, name: device.name, token: device.token}));
                    localStorage.removeItem(REFUSED);
                    if (status === 'device') status = '';
                });
            });
        }).then(null, function () {
            return null;
        }).then(function () {
            enrolling = null;
        });
        return enrolling;
    }

    function deviceReason(problem) {
        if (problem.reason === 'revoked') {
            return t('outbox.deviceRevoked').replace('{0}', problem.device).replace('{1}', problem.revokedBy)
                .replace('{2}', when(problem.revokedAt));
        }
        return t(problem.reason === 'disabled' ? 'outbox.deviceDisabled' : 'outbox.deviceUnknown');
    }

    // ---- the registry's answers ---------------------------------------------------------------------------------

    function isLogin(response) {
        return response.redirected && new URL(response.url).pathname === '/login';
    }

    // The session's CSRF token, or why there is none: 'offline' (no answer) or 'login' (the session ended).
    function ready() {
        // Asked for as JSON, so that a login in between does not remember it as the page to return to.
        return fetch('/sync', {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (isLogin(response) || response.status === 401) return 'login';
                if (!response.ok) return 'offline';
                return response.json();
            }, function () {
                return 'offline';
            });
    }

    function sync() {
        if (syncing) return syncing;
        syncing = all('entries').then(function (entries) {
            var waiting = entries.filter(function (entry) { return entry.state === 'pending'; }).sort(byCapture)
                .slice(0, BATCH);
            if (!waiting.length) return null;
            if (kept(REFUSED)) {
                status = 'device';
                return null;
            }
            var device = kept(DEVICE);
            // With the device's token, no session and no CSRF token are needed, and no cookie is sent.
            var sending = device
                ? Promise.resolve({headers: {'Authorization': 'Bearer ' + device.token}, credentials: 'omit'})
                : ready().then(function (csrf) {
                    if (typeof csrf === 'string') return csrf;
                    var headers = {};
                    headers[csrf.header] = csrf.token;
                    return {headers: headers, credentials: 'same-origin'};
                });
            return sending.then(function (how) {
                if (typeof how === 'string') {
                    status = how;
                    return null;
                }
                how.headers['Content-Type'] = 'application/json';
                how.headers['Accept'] = 'application/json';
                return fetch('/sync', {
                    method: 'POST', credentials: how.credentials, headers: how.headers,
                    body: JSON.stringify({entries: waiting.map(function (entry) {
                        return {kind: entry.kind, idempotencyKey: entry.key, recordedAt: entry.recordedAt,
                            target: entry.target, expectedVersion: entry.expectedVersion, body: entry.body};
                    })})
                }).then(function (response) {
                    if (device && response.status === 401) return refused(response);
                    if (isLogin(response) || response.status === 401 || response.status === 403) {
                        status = 'login';
                        return null;
                    }
                    if (!response.ok) {
                        status = 'failed';
                        return null;
                    }
                    status = '';
                    return response.json().then(function (answer) { return settle(waiting, answer.results); });
                }, function () {
                    status = 'offline';
                });
            });
        }).then(render, render).then(done, done);
        function done() { syncing = null; }
        return syncing;
    }

    // The registry refused the device: its token is of no more use, and the reason is kept to be shown on every page
    // until the browser is enrolled again. The entries stay as they are.
    function refused(response) {
        return response.json().then(null, function () { return {}; }).then(function (problem) {
            var device = kept(DEVICE);
            localStorage.setItem(REFUSED, JSON.stringify({id: device && device.id, reason: problem.reason || 'unknown',
                device: problem.device, revokedBy: problem.revokedBy, revokedAt: problem.revokedAt}));
            localStorage.removeItem(DEVICE);
            status = 'device';
        });
    }

    function settle(sent, results) {
        var byKey = {};
        sent.forEach(function (entry) { byKey[entry.key] = entry; });
        return Promise.all(results.map(function (result) {
            var entry = byKey[result.idempotencyKey];
            if (!entry) return null;
            if (result.status === 200 || result.status === 201) {
                return remove('entries', entry.key).then(function () {
                    return put('sent', {key: entry.key, kind: entry.kind, label: entry.label, sentAt: new Date().toISOString(),
                        link: page(result.location, entry)});
                });
            }
            if (result.status >= 500) return null;
            entry.problem = result.problem;
            entry.state = result.problem && result.problem.rule === 'RecordChangedSince' ? 'stale' : 'refused';
            var current = entry.state === 'stale' && result.problem.current;
            return put('entries', entry).then(function () {
                if (current) {
                    return store('records', 'readwrite', function (s) {
                        var read = s.get(entry.target);
                        read.onsuccess = function () {
                            if (read.result) {
                                read.result.version = result.problem.currentVersion;
                                s.put(read.result);
                            }
                        };
                    });
                }
            });
        })).then(trimSent);
    }

    function trimSent() {
        return all('sent').then(function (sent) {
            sent.sort(function (a, b) { return a.sentAt < b.sentAt ? 1 : -1; });
            return Promise.all(sent.slice(20).map(function (old) { return remove('sent', old.key); }));
        });
    }

    // The page of a record the registry answered for, by its address in the API.
    function page(location, entry) {
        if (location) return location.replace(/^\/api\//, '/');
        if (!entry.target) return null;
        return (entry.kind.indexOf('family-book') === 0 ? '/family-books/' : '/persons/') + entry.target;
    }

    // ---- forms --------------------------------------------------------------------------------------------------

    // What the user filled in: not the CSRF token, the parent searches, or the version the page was read at. The boxes
    // ticked of a set of checkboxes, as a list.
    function fields(form) {
        var values = {};
        new FormData(form).forEach(function (value, name) {
            if (['_csrf', 'q', 'version'].indexOf(name) < 0 && !/-search$/.test(name) && typeof value === 'string') {
                values[name] = form.querySelector('input[type=checkbox][name="' + name + '"]')
                    ? (values[name] || []).concat(value) : value;
            }
        });
        return values;
    }

    function text(value) {
        return value === undefined || value === null || String(value).trim() === '' ? undefined : String(value).trim();
    }

    function parent(values, who) {
        var id = text(values[who + 'Id']);
        var name = text(values[who + 'Name']);
        return id || name ? {personId: id, name: name} : undefined;
    }

    function place(values) {
        return {province: text(values.province), district: text(values.district), village: text(values.village)};
    }

    // Each kind's form, as the body its endpoint takes. A form of another kind names its fields as its endpoint does,
    // with a dot for a nested field (placeOfDeath.province).
    var bodies = {
        birth: function (values, form) {
            return books().then(function (taken) {
                var number = text(values.familyBookNumber);
                var book = number && taken.filter(function (record) {
                    return record.number === number && (!values.district || record.district === values.district);
                })[0];
                if (number && !book) throw {field: 'familyBookNumber', text: t('outbox.bookNotOffline')};
                return {
                    id: crypto.randomUUID(), givenName: text(values.givenName), familyName: text(values.familyName),
                    givenNameLatin: text(values.givenNameLatin), familyNameLatin: text(values.familyNameLatin),
                    sex: text(values.sex), dateOfBirth: text(values.dateOfBirth), placeOfBirth: place(values),
                    mother: parent(values, 'mother'), father: parent(values, 'father'),
                    informant: text(values.informant), familyBookId: book ? book.id : undefined
                };
            });
        },
        'family-book': function (values) {
            return nested(values).then(function (body) {
                body.id = crypto.randomUUID();
                return body;
            });
        },
        death: function (values) {
            return Promise.resolve({dateOfDeath: text(values.dateOfDeath), placeOfDeath: place(values),
                cause: text(values.cause)});
        },
        // A new grievance of its own each time: the intake form kept offline holds the id it was opened with.
        grievance: function (values) {
            return Promise.resolve({
                id: crypto.randomUUID(), workerName: text(values.workerName),
                passportNumber: text(values.passportNumber), employerName: text(values.employerName),
                country: text(values.country), city: text(values.city), channel: text(values.channel),
                categories: values.categories || [], narrative: text(values.narrative),
                reportedOn: text(values.reportedOn)
            });
        }
    };

    function nested(values) {
        var body = {};
        Object.keys(values).forEach(function (name) {
            var path = name.split('.');
            var at = body;
            path.slice(0, -1).forEach(function (step) { at = at[step] = at[step] || {}; });
            at[path[path.length - 1]] = Array.isArray(values[name]) ? values[name] : text(values[name]);
        });
        return Promise.resolve(body);
    }

    function books() {
        return all('records').then(function (records) {
            return records.filter(function (record) { return record.kind === 'family-book'; });
        });
    }

    function label(kind, values) {
        if (kind === 'birth') {
            var latin = [values.givenNameLatin, values.familyNameLatin].filter(Boolean).join(' ');
            return [values.givenName, values.familyName].filter(Boolean).join(' ') + (latin ? ' (' + latin + ')' : '')
                + (values.dateOfBirth ? ' · ' + values.dateOfBirth : '');
        }
        if (kind === 'grievance') {
            return [values.workerName, values.employerName, values.city, values.country, values.reportedOn].map(text)
                .filter(Boolean).join(' · ');
        }
        if (values.bookNumber) return values.bookNumber;
        var heading = document.querySelector('main h1');
        return heading ? heading.textContent.replace(/\s+/g, ' ').trim() : kind;
    }

    function notice(form, id, message, kind) {
        var old = document.getElementById(id);
        if (old) old.remove();
        var shown = document.createElement('p');
        shown.id = id;
        shown.className = kind || 'notice';
        shown.setAttribute('role', 'status');
        shown.textContent = message;
        form.parentNode.insertBefore(shown, form);
    }

    // A date field that a page filled with its day names the registry's time zone: a form kept offline and opened, or
    // cleared, on a later day holds the day it is used on, in the zone the registry's rules count days in.
    function today() {
        document.querySelectorAll('input[data-today-in]').forEach(function (input) {
            var parts = {};
            new Intl.DateTimeFormat('en', {timeZone: input.getAttribute('data-today-in'), year: 'numeric',
                month: '2-digit', day: '2-digit'}).formatToParts(new Date()).forEach(function (part) {
                parts[part.type] = part.value;
            });
            input.value = parts.year + '-' + parts.month + '-' + parts.day;
        });
    }

    function capture(form, kind, replacing) {
        var values = fields(form);
        var build = bodies[kind] || nested;
        return build(values, form).then(function (body) {
            var version = form.getAttribute('data-offline-version');
            var entry = {
                key: crypto.randomUUID(), kind: kind, state: 'pending', recordedAt: new Date().toISOString(),
                target: form.getAttribute('data-offline-target') || undefined,
                expectedVersion: version ? Number(version) : undefined,
                body: body, form: values, formId: form.getAttribute('id'), page: location.pathname, label: label(kind, values)
            };
            return (replacing ? remove('entries', replacing) : Promise.resolve()).then(function () {
                return put('entries', entry);
            });
        }).then(function () {
            form.reset();
            today();
            delete form.dataset.correcting;
            notice(form, 'outbox-saved', t('outbox.saved'));
            render();
            sync();
        }, function (problem) {
            if (problem && problem.field) {
                notice(form, 'outbox-saved', problem.text, 'alert');
            } else {
                throw problem;
            }
        });
    }

    // A form that can wait in the outbox is sent as usual when the registry answers, else kept in the outbox. A form
    // reopened from the outbox to be corrected goes back to it, to be sent with the others.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var kind = form.getAttribute('data-offline');
        if (!kind || form.dataset.sending) return;
        event.preventDefault();
        var replacing = form.dataset.correcting;
        (replacing ? Promise.resolve('correcting') : ready()).then(function (answer) {
            if (typeof answer === 'string') {
                if (answer === 'login') status = 'login';
                return capture(form, kind, replacing);
            }
            form.dataset.sending = 'yes';
            HTMLFormElement.prototype.submit.call(form);
        });
    });

    // ?outbox=<key> reopens a refused entry in its form, to be corrected and kept again.
    function reopen() {
        var key = new URLSearchParams(location.search).get('outbox');
        if (!key) return Promise.resolve();
        return store('entries', 'readonly', function (s) { return s.get(key); }).then(function (entry) {
            var form = entry && document.getElementById(entry.formId);
            if (!form) return;
            Object.keys(entry.form).forEach(function (name) {
                var inputs = form.querySelectorAll('[name="' + name + '"]');
                if (!inputs.length) {
                    var hidden = document.createElement('input');
                    hidden.type = 'hidden';
                    hidden.name = name;
                    hidden.value = entry.form[name];
                    form.appendChild(hidden);
                }
                inputs.forEach(function (input) {
                    if (input.type === 'radio' || input.type === 'checkbox') {
                        input.checked = [].concat(entry.form[name]).indexOf(input.value) >= 0;
                    } else {
                        input.value = entry.form[name];
                    }
                });
            });
            form.dataset.correcting = key;
            var details = form.closest('details');
            if (details) details.open = true;
            notice(form, 'outbox-correcting', t('outbox.correcting') + ' ' + reason(entry.problem), 'alert');
        });
    }

    // ---- taking records offline ---------------------------------------------------------------------------------

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-take-offline]');
        if (!button) return;
        event.preventDefault();
        var pages = button.getAttribute('data-take-offline').split(' ').filter(Boolean);
        var record = {id: button.getAttribute('data-record'), kind: button.getAttribute('data-kind'),
            version: Number(button.getAttribute('data-version')), label: button.getAttribute('data-label'),
            number: button.getAttribute('data-number') || undefined,
            district: button.getAttribute('data-district') || undefined, takenAt: new Date().toISOString()};
        worker().then(function (active) {
            return active ? ask(active, {keep: pages}) : {done: false};
        }).then(function (kept) {
            if (!kept.done) throw new Error(kept.reason);
            return put('records', record);
        }).then(function () {
            showTaken();
        }, function () {
            button.textContent = t('outbox.notTaken');
        });
    });

    function showTaken() {
        var button = document.querySelector('[data-take-offline]');
        if (!button) return Promise.resolve();
        return store('records', 'readonly', function (s) {
            return s.get(button.getAttribute('data-record'));
        }).then(function (record) {
            if (!record || record.user !== user) return;
            var mark = document.getElementById('taken-offline') || document.createElement('span');
            mark.id = 'taken-offline';
            mark.className = 'marker';
            mark.textContent = t('outbox.taken') + ' ' + record.version;
            button.after(mark);
            button.hidden = true;
        });
    }

    // ---- the service worker -------------------------------------------------------------------------------------

    function worker() {
        if (!navigator.serviceWorker) return Promise.resolve(null);
        return navigator.serviceWorker.ready.then(function (registration) { return registration.active; });
    }

    function ask(active, message) {
        return new Promise(function (resolve) {
            var channel = new MessageChannel();
            channel.port1.onmessage = function (answer) { resolve(answer.data); };
            active.postMessage(message, [channel.port2]);
        });
    }

    // Once per login and language: the shell, its forms (with the office's places) and the assets of this page.
    function keepShell() {
        if (!navigator.serviceWorker) return Promise.resolve();
        navigator.serviceWorker.register('/js/sw.js', {scope: '/'});
        var marker = user + ' ' + lang;
        if (sessionStorage.getItem('tabien-kept') === marker) return Promise.resolve(true);
        var assets = Array.prototype.map.call(document.querySelectorAll('link[rel=stylesheet], script[src]'),
            function (element) { return element.href || element.src; });
        var shell = ['/', '/app/texts?lang=' + encodeURIComponent(lang), '/fonts/NotoSansLao-Regular.ttf',
            '/fonts/NotoSansLao-Bold.ttf'].concat(document.body.getAttribute('data-shell').split(' '), assets);
        return worker().then(function (active) {
            return ask(active, {keep: shell.filter(Boolean)});
        }).then(function (kept) {
            if (kept.done) sessionStorage.setItem('tabien-kept', marker);
            return kept.done;
        });
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!/\/logout$/.test(form.getAttribute('action') || '') || form.dataset.sending) return;
        event.preventDefault();
        sessionStorage.removeItem('tabien-kept');
        var registered = navigator.serviceWorker ? navigator.serviceWorker.getRegistration('/') : Promise.resolve(null);
        var forget = registered.then(function (registration) {
            return registration && registration.active && ask(registration.active, {forget: true});
        });
        var forgotten = Promise.all([forget, all('records').then(function (records) {
            return Promise.all(records.map(function (record) { return remove('records', record.id); }));
        })]);
        // Logging out never waits long on the forgetting.
        var atMost = new Promise(function (resolve) { setTimeout(resolve, 2000); });
        Promise.race([forgotten, atMost]).then(null, function () { return null; }).then(function () {
            form.dataset.sending = 'yes';
            HTMLFormElement.prototype.submit.call(form);
        });
    });

    // ---- what the registrar sees --------------------------------------------------------------------------------

    function element(tag, className, content) {
        var made = document.createElement(tag);
        if (className) made.className = className;
        if (content !== undefined) made.textContent = content;
        return made;
    }

    function button(className, content, action) {
        var made = element('button', 'secondary ' + className, content);
        made.type = 'button';
        made.addEventListener('click', action);
        return made;
    }

    // The local date and time, written the same in both languages (2026-11-30 08:15).
    function when(instant) {
        var at = new Date(instant);
        function two(number) { return (number < 10 ? '0' : '') + number; }
        return at.getFullYear() + '-' + two(at.getMonth() + 1) + '-' + two(at.getDate()) + ' ' + two(at.getHours())
            + ':' + two(at.getMinutes());
    }

    function current(problem) {
        var record = problem.current || {};
        var shown = element('dl', 'current');
        ['givenName', 'familyName', 'givenNameLatin', 'familyNameLatin', 'dateOfBirth', 'dateOfDeath', 'bookNumber']
            .forEach(function (field) {
                if (record[field] === undefined || record[field] === null) return;
                shown.appendChild(element('dt', null, t('outbox.field.' + field, field)));
                shown.appendChild(element('dd', null, String(record[field])));
            });
        return shown;
    }

    function entryItem(entry) {
        var item = element('li', 'entry ' + entry.state);
        item.id = 'entry-' + entry.key;
        item.setAttribute('data-state', entry.state);
        item.appendChild(element('strong', null, t('kind.' + entry.kind, entry.kind) + ': '));
        item.appendChild(element('span', 'label', entry.label));
        item.appendChild(element('span', 'muted', ' · ' + t('outbox.captured') + ' ' + when(entry.recordedAt)));
        var state = element('p', 'state');
        if (entry.state === 'pending') {
            state.textContent = t('outbox.pending');
        } else if (entry.state === 'refused') {
            state.appendChild(element('span', 'reason', t('outbox.refused') + ' ' + reason(entry.problem)));
            var fix = element('a', 'correct', t('outbox.correct'));
            fix.href = entry.page + '?outbox=' + encodeURIComponent(entry.key);
            item.appendChild(state);
            item.appendChild(fix);
        } else {
            state.appendChild(element('span', 'reason', t('outbox.stale') + ' ' + entry.expectedVersion + ' → '
                + entry.problem.currentVersion));
            item.appendChild(state);
            item.appendChild(current(entry.problem));
            item.appendChild(button('apply-again', t('outbox.applyAgain'), function () {
                entry.expectedVersion = entry.problem.currentVersion;
                entry.key = crypto.randomUUID();
                entry.state = 'pending';
                delete entry.problem;
                remove('entries', item.id.substring('entry-'.length)).then(function () {
                    return put('entries', entry);
                }).then(render).then(sync);
            }));
        }
        if (entry.state === 'pending') item.appendChild(state);
        if (entry.state !== 'pending') {
            item.appendChild(button('discard', t('outbox.discard'), function () {
                remove('entries', entry.key).then(render);
            }));
        }
        return item;
    }

    function render() {
        return Promise.all([all('entries'), all('sent')]).then(function (found) {
            var entries = found[0].sort(byCapture);
            var sent = found[1].sort(function (a, b) { return a.sentAt < b.sentAt ? 1 : -1; });
            document.querySelectorAll('#outbox-count, #outbox-badge-count').forEach(function (count) {
                count.textContent = String(entries.length);
            });
            var badge = document.getElementById('outbox-badge');
            if (badge) badge.classList.toggle('waiting', entries.length > 0);
            var section = document.getElementById('outbox');
            var login = document.getElementById('outbox-login');
            if (login) login.hidden = status !== 'login';
            showDevice();
            if (!section) return;
            var shown = element('div');
            shown.id = 'outbox-list';
            if (status === 'offline' && entries.length) {
                shown.appendChild(element('p', 'muted', t('outbox.offline'))).id = 'outbox-offline';
            }
            var list = element('ol', 'entries');
            list.id = 'outbox-entries';
            entries.forEach(function (entry) { list.appendChild(entryItem(entry)); });
            shown.appendChild(list);
            if (sent.length) {
                shown.appendChild(element('h3', null, t('outbox.sent')));
                var done = element('ol', 'entries');
                done.id = 'outbox-sent';
                sent.forEach(function (entry) {
                    var item = element('li', 'entry registered');
                    item.appendChild(element('strong', null, t('outbox.registered') + ' '));
                    var link = element(entry.link ? 'a' : 'span', null, t('kind.' + entry.kind, entry.kind) + ': '
                        + entry.label);
                    if (entry.link) link.href = entry.link;
                    item.appendChild(link);
                    done.appendChild(item);
                });
                shown.appendChild(done);
            }
            var old = document.getElementById('outbox-list');
            if (old) old.replaceWith(shown); else section.appendChild(shown);
        });
    }

    function showDevice() {
        var refusal = kept(REFUSED);
        var shown = document.getElementById('outbox-device');
        if (shown) {
            shown.hidden = !refusal;
            shown.querySelector('.reason').textContent = refusal ? deviceReason(refusal) : '';
        }
        var device = kept(DEVICE) || refusal;
        var listed = device && device.id && document.querySelector('[data-device="' + device.id + '"]');
        if (listed && !listed.querySelector('.this-device')) {
            listed.insertBefore(element('span', 'marker this-device', t('outbox.thisDevice')), listed.children[1]);
        }
    }

    document.addEventListener('click', function (event) {
        if (!event.target.closest('#outbox-enrol')) return;
        enrol(true).then(render).then(sync);
    });

    window.addEventListener('online', function () { sync(); });
    setInterval(sync, EVERY);
    today();
    loadTexts().then(function () {
        return Promise.all([render(), reopen(), showTaken()]);
    }).then(function () { return enrol(false); }).then(render).then(sync).then(keepShell).then(function (kept) {
        if (kept) document.documentElement.setAttribute('data-offline-ready', 'yes');
    });
})();
