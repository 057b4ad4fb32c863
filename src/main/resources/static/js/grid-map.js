// The grid map: districts, streets, communities and unit grids from the page's data-layers attribute.
(function () {
  'use strict';
  var el = document.getElementById('grid-map');
  if (!el) { return; }
  var data = JSON.parse(el.dataset.layers);
  var map = L.map(el, { preferCanvas: true });
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, {
      subdomains: el.dataset.tileSubdomains, attribution: el.dataset.tileAttribution, maxZoom: 18
    }).addTo(map);
  }
  var styles = {
    UNIT_GRID: { color: '#6c757d', weight: 0.6, fillColor: '#0d6efd', fillOpacity: 0.04 },
    COMMUNITY: { color: '#198754', weight: 1.5, fill: false },
    STREET: { color: '#6f42c1', weight: 2.5, fill: false },
    DISTRICT: { color: '#dc3545', weight: 3.5, fill: false }
  };
  var labels = {
    UNIT_GRID: el.dataset.labelGrid, COMMUNITY: el.dataset.labelCommunity,
    STREET: el.dataset.labelStreet, DISTRICT: el.dataset.labelDistrict
  };
  var overlays = {};
  var selected = null;
  ['UNIT_GRID', 'COMMUNITY', 'STREET', 'DISTRICT'].forEach(function (level) {
    var layer = L.geoJSON(data[level], {
      style: styles[level],
      // Outlines drawn above the grids must not swallow their clicks.
      interactive: level === 'UNIT_GRID',
      onEachFeature: function (feature, shape) {
        if (level !== 'UNIT_GRID') {
          shape.bindTooltip(feature.properties.code + ' ' + feature.properties.name,
            { permanent: true, direction: 'center', className: 'region-label label-' + level.toLowerCase() });
        }
        if (level === 'UNIT_GRID') {
          shape.bindTooltip(feature.properties.code, { sticky: true });
          shape.on('click', function () {
            if (selected) { selected.setStyle(styles.UNIT_GRID); }
            selected = shape;
            shape.setStyle({ fillColor: '#ffc107', fillOpacity: 0.5 });
            htmx.ajax('GET', el.dataset.panelUrl.replace('CODE', feature.properties.code),
              { target: '#grid-detail', swap: 'innerHTML' });
          });
        }
      }
    }).addTo(map);
    overlays[labels[level]] = layer;
    el.setAttribute('data-features-' + level.toLowerCase().replace('_', '-'), String(data[level].features.length));
  });
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  var bounds = overlays[labels.UNIT_GRID].getBounds();
  if (!bounds.isValid()) { bounds = overlays[labels.DISTRICT].getBounds(); }
  if (bounds.isValid()) { map.fitBounds(bounds); } else { map.setView([34.75, 113.62], 11); }
  // Labels by zoom: districts when the city is small, streets and communities as one zooms in.
  function showLabels() {
    var zoom = map.getZoom();
    el.classList.toggle('show-district', zoom < 14);
    el.classList.toggle('show-street', zoom >= 13 && zoom < 16);
    el.classList.toggle('show-community', zoom >= 15);
  }
  map.on('zoomend', showLabels);
  showLabels();
  el.dataset.ready = 'true';
})();
