// Conformance case 'ported-core-synthesis-session-tags-lookup': synthesis.test.ts's 'when lookup role session tags are configured, required lookup bootstrap version is 22'
// ported literally: a DefaultStackSynthesizer with lookupRoleAdditionalOptions (session tags): the lookupRole's assumeRoleAdditionalOptions and requiresBootstrapStackVersion 22.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'stack', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    lookupRoleAdditionalOptions: {
      Tags: [{ Key: 'Departement', Value: 'Engineering' }],
    },
  }),
});
app.synth();
