// The intake forms' place picker: a pin on the grid outlines that can be dragged, clicked to or searched for; the
// coordinates follow it (and fire "change", so that the grid and the nearby cases are looked up by htmx).
(function () {
  'use strict';
  var el = document.getElementById('place-map');
  if (!el || !window.L) { return; }
  var lon = document.getElementById('lon');
  var lat = document.getElementById('lat');
  var map = L.map(el, { preferCanvas: true });
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, {
      subdomains: el.dataset.tileSubdomains, attribution: el.dataset.tileAttribution, maxZoom: 18
    }).addTo(map);
  }
  var data = JSON.parse(el.dataset.outlines);
  var bounds = null;
  var styles = { COMMUNITY: { color: '#198754', weight: 1, fill: false }, STREET: { color: '#6f42c1', weight: 2, fill: false },
    DISTRICT: { color: '#dc3545', weight: 3, fill: false } };
  ['COMMUNITY', 'STREET', 'DISTRICT'].forEach(function (level) {
    var layer = L.geoJSON(data[level], { style: styles[level], interactive: false }).addTo(map);
    if (data[level].features.length) { bounds = bounds ? bounds.extend(layer.getBounds()) : layer.getBounds(); }
  });
  if (bounds) { map.fitBounds(bounds); } else { map.setView([34.7, 113.6], 12); }
  var marker = null;

  function place(latlng, fromInputs) {
    if (!marker) {
      marker = L.marker(latlng, { draggable: true }).addTo(map);
      marker.on('dragend', function () { place(marker.getLatLng(), false); });
    }
    marker.setLatLng(latlng);
    if (!fromInputs) {
      lon.value = latlng.lng.toFixed(6);
      lat.value = latlng.lat.toFixed(6);
      lon.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  map.on('click', function (e) { place(e.latlng, false); });
  function fromInputs() {
    var x = parseFloat(lon.value);
    var y = parseFloat(lat.value);
    if (!isNaN(x) && !isNaN(y)) { place(L.latLng(y, x), true); map.panTo([y, x]); }
  }
  lon.addEventListener('change', fromInputs);
  lat.addEventListener('change', fromInputs);
  fromInputs();
  // A search result puts the pin there, and its name in the address when that is still empty.
  document.addEventListener('click', function (e) {
    var result = e.target.closest && e.target.closest('.place-result');
    if (!result) { return; }
    var latlng = L.latLng(parseFloat(result.dataset.lat), parseFloat(result.dataset.lon));
    place(latlng, false);
    map.setView(latlng, 17);
    var address = document.getElementById('address');
    if (address && !address.value) { address.value = result.dataset.name; }
    document.getElementById('place-results').replaceChildren();
  });
  // Enter in the search box searches; it must not submit the report.
  var search = document.getElementById('place-search');
  if (search) {
    search.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); } });
  }
  // The nearby cases follow the place and the category (a custom event: the page's policy allows no inline code).
  var form = el.closest('form');
  form.addEventListener('change', function (e) {
    if (['lon', 'lat', 'categoryId'].indexOf(e.target.name) >= 0) {
      document.body.dispatchEvent(new CustomEvent('place-changed'));
    }
  });
  window.placePicker = { place: function (x, y) { place(L.latLng(y, x), false); map.setView([y, x], 17); } };
})();
