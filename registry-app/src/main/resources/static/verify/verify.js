// Checks a certificate's QR code in the browser: Base45, then COSE_Sign1 (CBOR), then the Ed25519 signature with
// WebCrypto against the registry's key list, kept in this browser so that the check works offline once the page
// has loaded; a service worker keeps the page itself, so it opens offline too. When the registry can be reached, it also says whether the record changed since the certificate.
(function () {
  'use strict';

  var STORED_KEYS = 'tabien.certificateKeys';
  var PREFIX = 'TB1:';
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  var keyList = null;

  var $ = function (id) { return document.getElementById(id); };

  function text(lo, en) {
    return lo + ' · ' + en;
  }

  // Base45 (RFC 9285)
  function base45(code) {
    if (code.length % 3 === 1) { throw new Error('damaged'); }
    var bytes = [];
    for (var i = 0; i < code.length; i += 3) {
      var values = [];
      for (var j = i; j < Math.min(i + 3, code.length); j++) {
        var value = ALPHABET.indexOf(code.charAt(j));
        if (value < 0) { throw new Error('damaged'); }
        values.push(value);
      }
      if (values.length === 3) {
        var n = values[0] + values[1] * 45 + values[2] * 2025;
        if (n > 0xffff) { throw new Error('damaged'); }
        bytes.push(n >> 8, n & 0xff);
      } else {
        var m = values[0] + values[1] * 45;
        if (m > 0xff) { throw new Error('damaged'); }
        bytes.push(m);
      }
    }
    return new Uint8Array(bytes);
  }

  // A CBOR decoder for what certificates hold: integers, byte and text strings, arrays, maps, tags, null.
  function cbor(bytes) {
    var position = 0;
    function need(count) {
      if (position + count > bytes.length) { throw new Error('damaged'); }
    }
    function length(info) {
      if (info < 24) { return info; }
      var size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
      if (!size) { throw new Error('damaged'); }
      need(size);
      var n = 0;
      for (var i = 0; i < size; i++) { n = n * 256 + bytes[position++]; }
      return n;
    }
    function item() {
      need(1);
      var first = bytes[position++];
      var major = first >> 5;
      var info = first & 31;
      var n, result, i;
      switch (major) {
        case 0: return length(info);
        case 1: return -1 - length(info);
        case 2:
          n = length(info); need(n);
          result = bytes.slice(position, position + n); position += n;
          return result;
        case 3:
          n = length(info); need(n);
          result = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(position, position + n));
          position += n;
          return result;
        case 4:
          n = length(info); result = [];
          for (i = 0; i < n; i++) { result.push(item()); }
          return result;
        case 5:
          n = length(info); result = new Map();
          for (i = 0; i < n; i++) { var key = item(); result.set(key, item()); }
          return result;
        case 6:
          n = length(info);
          return { tag: n, value: item() };
        default:
          if (info === 20) { return false; }
          if (info === 21) { return true; }
          if (info === 22 || info === 23) { return null; }
          throw new Error('damaged');
      }
    }
    var value = item();
    if (position !== bytes.length) { throw new Error('damaged'); }
    return value;
  }

  function head(major, n) {
    if (n < 24) { return [(major << 5) | n]; }
    if (n < 256) { return [(major << 5) | 24, n]; }
    if (n < 65536) { return [(major << 5) | 25, n >> 8, n & 0xff]; }
    return [(major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  }

  // The Sig_structure of COSE_Sign1 (RFC 9052, 4.4): ["Signature1", protected, h'', payload]
  function toBeSigned(protectedHeader, payload) {
    var context = new TextEncoder().encode('Signature1');
    var parts = [head(4, 4), head(3, context.length), Array.from(context), head(2, protectedHeader.length),
      Array.from(protectedHeader), head(2, 0), head(2, payload.length), Array.from(payload)];
    return new Uint8Array([].concat.apply([], parts));
  }

  function hex(bytes) {
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function fromBase64(text) {
    return Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); });
  }

  // The code, checked here: a promise of {valid, problem, claims}
  async function checkHere(code) {
    if (code.indexOf(PREFIX) !== 0) {
      return { valid: false, problem: text('ນີ້ບໍ່ແມ່ນລະຫັດໃບຢັ້ງຢືນຂອງທະບຽນ', 'This is not a certificate code of the registry.') };
    }
    var message, header, claims;
    try {
      message = cbor(base45(code.substring(PREFIX.length)));
      if (message && message.tag === 18) { message = message.value; }
      if (!Array.isArray(message) || message.length !== 4) { throw new Error('damaged'); }
      header = cbor(message[0]);
      claims = cbor(message[2]);
    } catch (e) {
      return { valid: false, problem: text('ລະຫັດເສຍຫາຍ', 'The code is damaged.') };
    }
    if (header.get(1) !== -8 || !(header.get(4) instanceof Uint8Array)) {
      return { valid: false, problem: text('ລາຍເຊັນບໍ່ແມ່ນ EdDSA', 'The signature is not EdDSA.') };
    }
    if (!keyList) {
      return { valid: false, problem: text('ບໍ່ມີລາຍການກະແຈ', 'No key list has been loaded yet.') };
    }
    var keyId = hex(header.get(4));
    var key = keyList.keys.filter(function (k) { return k.keyId === keyId; })[0];
    if (!key) {
      return { valid: false, problem: text('ລະຫັດຖືກເຊັນດ້ວຍກະແຈທີ່ບໍ່ຢູ່ໃນລາຍການ', 'The code is signed by a key that is not in the registry\'s key list.') };
    }
    if (!window.crypto || !window.crypto.subtle) {
      return { valid: false, problem: text('ໂປຣແກຣມທ່ອງເວັບນີ້ກວດລາຍເຊັນບໍ່ໄດ້', 'This browser cannot check signatures on this page (it needs HTTPS).') };
    }
    var publicKey = await crypto.subtle.importKey('spki', fromBase64(key.publicKey), { name: 'Ed25519' }, false, ['verify']);
    var genuine = await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, message[3], toBeSigned(message[0], message[2]));
    if (!genuine) {
      return { valid: false, problem: text('ລາຍເຊັນບໍ່ກົງກັບຂໍ້ມູນ: ລະຫັດຖືກແກ້ໄຂ ຫຼື ປອມແປງ', 'The signature does not match the fields: the code was altered or forged.') };
    }
    var issued = claims.get('d');
    if (issued < key.validFrom || (key.validUntil && issued > key.validUntil)) {
      return { valid: false, problem: text('ກະແຈບໍ່ມີຜົນໃນວັນທີອອກ', 'The certificate is dated on a day its signing key was not valid.') };
    }
    return { valid: true, claims: claims, keyId: keyId };
  }

  var SEX = { F: text('ຍິງ', 'Female'), M: text('ຊາຍ', 'Male'), X: text('ອື່ນໆ', 'Other') };
  var RELATIONSHIP = {
    HEAD: text('ເຈົ້າຄົວເຮືອນ', 'Head of household'), SPOUSE: text('ຄູ່ສົມລົດ', 'Spouse'), CHILD: text('ລູກ', 'Child'),
    PARENT: text('ພໍ່ແມ່', 'Parent'), SIBLING: text('ອ້າຍເອື້ອຍນ້ອງ', 'Sibling'),
    GRANDCHILD: text('ຫຼານ', 'Grandchild'), OTHER: text('ອື່ນໆ', 'Other')
  };

  function field(list, lo, en, value) {
    if (value === undefined || value === null || value === '') { return; }
    var term = document.createElement('dt');
    term.textContent = lo;
    var english = document.createElement('span');
    english.textContent = en;
    term.appendChild(english);
    var definition = document.createElement('dd');
    definition.textContent = value;
    list.appendChild(term);
    list.appendChild(definition);
  }

  function place(array) {
    return array ? array.filter(function (part) { return part; }).join(', ') : null;
  }

  function name(person, latin) {
    var parts = latin ? [person.get('gl'), person.get('fl')] : [person.get('g'), person.get('f')];
    return parts.filter(function (part) { return part; }).join(' ');
  }

  function show(result) {
    var section = $('result');
    section.hidden = false;
    section.dataset.valid = String(result.valid);
    $('verdict').textContent = result.valid
      ? text('ໃບຢັ້ງຢືນແທ້: ລາຍເຊັນຖືກຕ້ອງ', 'Genuine: the signature is valid')
      : text('ບໍ່ຖືກຕ້ອງ', 'Not valid');
    $('problem').textContent = result.problem || '';
    var list = $('fields');
    list.textContent = '';
    $('members').textContent = '';
    if (!result.valid) { return; }
    var claims = result.claims;
    var birth = claims.get('k') === 'B';
    field(list, 'ປະເພດ', 'Kind', birth ? text('ໃບຢັ້ງຢືນການເກີດ', 'Birth certificate') : text('ສຳເນົາປຶ້ມສຳມະໂນຄົວ', 'Family book extract'));
    var person = claims.get('p');
    if (person) {
      field(list, 'ຊື່ ແລະ ນາມສະກຸນ', 'Name', name(person, false));
      field(list, 'ອັກສອນລາຕິນ', 'Latin letters', name(person, true));
      field(list, 'ເພດ', 'Sex', SEX[person.get('s')] || person.get('s'));
      field(list, 'ວັນເດືອນປີເກີດ', 'Date of birth', person.get('b'));
      field(list, 'ສະຖານທີ່ເກີດ', 'Place of birth', place(person.get('pb')));
    }
    field(list, 'ເລກທີປຶ້ມ', 'Book number', claims.get('n'));
    field(list, 'ທີ່ຢູ່', 'Address', place(claims.get('a')));
    field(list, 'ເລກທີບັນທຶກ', 'Record number', claims.get('id'));
    field(list, 'ສະບັບຂອງບັນທຶກ', 'Record version', String(claims.get('v')));
    field(list, 'ສຳເນົາທີ', 'Copy number', String(claims.get('c')));
    field(list, 'ວັນທີອອກ', 'Date of issue', claims.get('d'));
    field(list, 'ຫ້ອງການທີ່ອອກ', 'Issuing office', claims.get('o'));
    field(list, 'ກະແຈ', 'Key', result.keyId);
    var members = claims.get('m');
    if (members) {
      var table = document.createElement('table');
      members.forEach(function (member) {
        var row = table.insertRow();
        [name(member, false), name(member, true), RELATIONSHIP[member.get('r')] || member.get('r'),
          SEX[member.get('s')] || member.get('s'), member.get('b')].forEach(function (value) {
          row.insertCell().textContent = value || '';
        });
      });
      $('members').appendChild(table);
    }
  }

  function showStatus(state, message) {
    $('status').dataset.state = state;
    $('status').textContent = message;
  }

  async function checkOnline(code) {
    showStatus('asking', text('ກຳລັງຖາມທະບຽນ…', 'Asking the registry…'));
    try {
      var response = await fetch('/api/certificates/verify?code=' + encodeURIComponent(code), { cache: 'no-store' });
      if (!response.ok) { throw new Error(String(response.status)); }
      var answer = await response.json();
      if (!answer.valid || !answer.status) {
        showStatus('changed', answer.problem || text('ທະບຽນບໍ່ຮັບຮູ້ລະຫັດນີ້', 'The registry does not accept this code.'));
        return;
      }
      var status = answer.status;
      var notes = [];
      if (status.revoked) { notes.push(text('ໃບຢັ້ງຢືນສະບັບນີ້ຖືກຖອນແລ້ວ', 'This copy of the certificate has been revoked.')); }
      if (!status.recordFound) { notes.push(text('ທະບຽນນີ້ບໍ່ມີບັນທຶກນີ້', 'This registry does not hold the record.')); }
      if (status.correctedSinceIssue) { notes.push(text('ບັນທຶກຖືກແກ້ໄຂຫຼັງຈາກອອກໃບຢັ້ງຢືນ', 'The record has been corrected since issue.')); }
      if (status.diedSinceIssue) { notes.push(text('ບຸກຄົນນີ້ໄດ້ເສຍຊີວິດຫຼັງຈາກອອກໃບຢັ້ງຢືນ', 'The person has died since issue.')); }
      if (status.changedSinceIssue && !status.correctedSinceIssue && !status.diedSinceIssue) {
        notes.push(text('ບັນທຶກມີການປ່ຽນແປງຫຼັງຈາກອອກໃບຢັ້ງຢືນ', 'The record has changed since issue.'));
      }
      if (notes.length === 0) {
        showStatus('current', text('ບໍ່ມີການປ່ຽນແປງຫຼັງຈາກອອກໃບຢັ້ງຢືນ', 'The record is unchanged since issue.'));
      } else {
        showStatus('changed', notes.join(' '));
      }
    } catch (e) {
      showStatus('offline', text('ຕິດຕໍ່ທະບຽນບໍ່ໄດ້: ບໍ່ຮູ້ວ່າບັນທຶກປ່ຽນແປງຫຼືບໍ່', 'The registry cannot be reached: whether the record changed since issue is not known.'));
    }
  }

  async function check() {
    var code = $('code').value.trim();
    if (!code) { return; }
    var result;
    try {
      result = await checkHere(code);
    } catch (e) {
      result = { valid: false, problem: text('ກວດລາຍເຊັນບໍ່ໄດ້', 'The signature could not be checked: ') + e.message };
    }
    show(result);
    if (result.valid) {
      await checkOnline(code);
    } else {
      showStatus('', '');
    }
  }

  function showKeys(list, cached) {
    keyList = list;
    var status = $('keys-status');
    status.dataset.loaded = 'true';
    status.textContent = text('ລາຍການກະແຈ: ' + list.keys.length + ' ກະແຈ' + (cached ? ' (ທີ່ເກັບໄວ້)' : ''),
      'Key list: ' + list.keys.length + ' key(s)' + (cached ? ', kept from ' + list.fetchedAt : ', fetched now')
      + '; signatures are checked in this browser, also offline.');
  }

  async function loadKeys() {
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(STORED_KEYS)); } catch (e) { stored = null; }
    try {
      var response = await fetch('/api/certificates/keys', { cache: 'no-store' });
      if (!response.ok) { throw new Error(String(response.status)); }
      var list = await response.json();
      list.fetchedAt = new Date().toISOString();
      localStorage.setItem(STORED_KEYS, JSON.stringify(list));
      showKeys(list, false);
    } catch (e) {
      if (stored && stored.keys) {
        showKeys(stored, true);
      } else {
        $('keys-status').textContent = text('ໂຫຼດລາຍການກະແຈບໍ່ໄດ້', 'The key list could not be loaded.');
      }
    }
  }

  async function scan() {
    var video = $('camera');
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    var stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    var timer = setInterval(async function () {
      var codes = await detector.detect(video);
      if (codes.length > 0) {
        clearInterval(timer);
        stream.getTracks().forEach(function (track) { track.stop(); });
        video.hidden = true;
        $('code').value = codes[0].rawValue;
        check();
      }
    }, 300);
  }

  $('check').addEventListener('click', check);
  if ('BarcodeDetector' in window && navigator.mediaDevices) {
    $('scanner').hidden = false;
    $('scan').addEventListener('click', function () {
      scan().catch(function () {
        $('problem').textContent = text('ເປີດກ້ອງບໍ່ໄດ້: ວາງລະຫັດແທນ', 'The camera cannot be used: paste the code instead.');
      });
    });
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/verify-sw.js', { scope: '/verify' }).catch(function () { /* online only */ });
    navigator.serviceWorker.ready.then(function () { document.body.dataset.offlineReady = 'true'; });
  }
  loadKeys();
}());
