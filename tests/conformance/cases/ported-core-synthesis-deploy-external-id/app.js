// Conformance case 'ported-core-synthesis-deploy-external-id': new-style-synthesis.test.ts's
// 'customize deploy role externalId' ported literally: the stack artifact's assumeRoleExternalId.
'use strict';
const cdk = require('aws-cdk-lib');

const myapp = new cdk.App();
new cdk.Stack(myapp, 'mystack', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    deployRoleExternalId: 'deploy-external-id',
  }),
});
myapp.synth();
