// Conformance case 'ported-core-synthesis-session-tags-deploy': synthesis.test.ts's 'when deploy role session tags are configured, required stack bootstrap version is 22'
// ported literally: a DefaultStackSynthesizer with deployRoleAdditionalOptions (session tags): the stack artifact's assumeRoleAdditionalOptions and requiresBootstrapStackVersion 22, the CheckBootstrapVersion rule's versions 1 to 21.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'stack', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    deployRoleAdditionalOptions: {
      Tags: [{ Key: 'Departement', Value: 'Engineering' }],
    },
  }),
});
app.synth();
