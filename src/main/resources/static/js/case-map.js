// Maps of the case loop on the grid outlines: #case-map shows the open cases coloured by warning level; #pin-map lets
// the 受理员 put an unlocated report on the map (a click fills the form's lon/lat).
(function () {
  'use strict';
  var colours = { NORMAL: '#198754', WARNING: '#ffc107', OVERDUE: '#dc3545', SEVERE: '#212529' };
  var outlineStyles = {
    COMMUNITY: { color: '#198754', weight: 1, fill: false },
    STREET: { color: '#6f42c1', weight: 2, fill: false },
    DISTRICT: { color: '#dc3545', weight: 3, fill: false }
  };

  function baseMap(el) {
    var map = L.map(el, { preferCanvas: true });
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, {
        subdomains: el.dataset.tileSubdomains, attribution: el.dataset.tileAttribution, maxZoom: 18
      }).addTo(map);
    }
    var data = JSON.parse(el.dataset.outlines);
    var bounds = null;
    ['COMMUNITY', 'STREET', 'DISTRICT'].forEach(function (level) {
      var layer = L.geoJSON(data[level], { style: outlineStyles[level], interactive: false }).addTo(map);
      if (data[level].features.length) {
        bounds = bounds ? bounds.extend(layer.getBounds()) : layer.getBounds();
      }
    });
    if (bounds) { map.fitBounds(bounds); } else { map.setView([34.7, 113.6], 12); }
    return map;
  }

  var caseMap = document.getElementById('case-map');
  if (caseMap) {
    var map = baseMap(caseMap);
    fetch(caseMap.dataset.pointsUrl, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (collection) {
        L.geoJSON(collection, {
          pointToLayer: function (feature, latlng) {
            var p = feature.properties;
            return L.circleMarker(latlng, {
              radius: 6, weight: 1, color: '#fff', fillColor: colours[p.level], fillOpacity: 0.9
            });
          },
          onEachFeature: function (feature, marker) {
            var p = feature.properties;
            var link = document.createElement('a');
            link.href = caseMap.dataset.caseUrl.replace('ID', p.id);
            link.textContent = p.number;
            var box = document.createElement('div');
            box.appendChild(link);
            box.appendChild(document.createElement('br'));
            box.appendChild(document.createTextNode(p.status + ' · ' + p.levelName));
            box.appendChild(document.createElement('br'));
            box.appendChild(document.createTextNode(p.summary));
            marker.bindPopup(box);
          }
        }).addTo(map);
        caseMap.setAttribute('data-cases', String(collection.features.length));
      });
  }

  var pinMap = document.getElementById('pin-map');
  if (pinMap) {
    var pin = baseMap(pinMap);
    var marker = null;
    var form = pinMap.closest('form');
    pin.on('click', function (event) {
      form.querySelector('[name=lon]').value = event.latlng.lng.toFixed(6);
      form.querySelector('[name=lat]').value = event.latlng.lat.toFixed(6);
      if (marker) { marker.setLatLng(event.latlng); } else { marker = L.circleMarker(event.latlng, { radius: 8, color: "#0d6efd" }).addTo(pin); }
    });
  }
})();
