// Conformance case 'ported-core-synthesis-session-tags-image-assets': synthesis.test.ts's 'when image asset role session tags are configured, required assets bootstrap version is 22'
// ported literally: a DefaultStackSynthesizer with imageAssetPublishingRoleAdditionalOptions (session tags): the asset manifest artifact's requiresBootstrapStackVersion 22 (no image asset: the options go nowhere else).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'stack', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    imageAssetPublishingRoleAdditionalOptions: {
      Tags: [{ Key: 'Departement', Value: 'Engineering' }],
    },
  }),
});
app.synth();
