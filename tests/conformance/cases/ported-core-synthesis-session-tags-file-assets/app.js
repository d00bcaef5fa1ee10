// Conformance case 'ported-core-synthesis-session-tags-file-assets': synthesis.test.ts's 'when file asset role session tags are configured, required assets bootstrap version is 22'
// ported literally: a DefaultStackSynthesizer with fileAssetPublishingRoleAdditionalOptions (session tags): the asset manifest artifact's requiresBootstrapStackVersion 22, the template's destination with the options (its id hashes them).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'stack', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    fileAssetPublishingRoleAdditionalOptions: {
      Tags: [{ Key: 'Departement', Value: 'Engineering' }],
    },
  }),
});
app.synth();
