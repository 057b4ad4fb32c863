// 我的勤务: 上岗/下岗 take the phone's position into the form before it is sent (without it the report still goes,
// marked "no position"); while on duty and only with the officer's consent (the server checks both), the page sends
// the position every data-interval seconds. A browser sends nothing once the page is closed.
(function () {
  'use strict';
  document.querySelectorAll('form.duty-report').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (form.dataset.located || !navigator.geolocation) { return; }
      e.preventDefault();
      var send = function () { form.dataset.located = 'yes'; form.submit(); };
      navigator.geolocation.getCurrentPosition(function (p) {
        form.elements.lon.value = p.coords.longitude.toFixed(6);
        form.elements.lat.value = p.coords.latitude.toFixed(6);
        send();
      }, send, { enableHighAccuracy: true, timeout: 10000, maximumAge: 30000 });
    });
  });
  var tracker = document.querySelector('.duty-tracker');
  if (!tracker || !navigator.geolocation) { return; }
  var interval = Math.max(15, parseInt(tracker.dataset.interval, 10)) * 1000;
  var timer = null;
  function post() {
    navigator.geolocation.getCurrentPosition(function (p) {
      var body = new URLSearchParams({ lon: p.coords.longitude.toFixed(6), lat: p.coords.latitude.toFixed(6),
        accuracy: String(Math.round(p.coords.accuracy)) });
      var headers = {};
      headers[tracker.dataset.csrfHeader] = tracker.dataset.csrf;
      fetch(tracker.dataset.url, { method: 'POST', body: body, headers: headers }).then(function (r) {
        if (r.status === 409) { clearInterval(timer); tracker.textContent = tracker.dataset.stopped; return; }
        tracker.textContent = tracker.dataset.recording.replace('{0}', new Date().toLocaleTimeString());
      });
    }, function () {}, { enableHighAccuracy: true, timeout: 15000, maximumAge: 10000 });
  }
  post();
  timer = setInterval(post, interval);
})();
