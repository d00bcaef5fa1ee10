// Conformance case 'error-feature-flag-expired': FeatureFlags.of(scope).isEnabled of a flag CDK v2
// removed (cx-api's CURRENT_VERSION_EXPIRED_FLAGS) that the context sets (to false)
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:enableStackNameDuplicates': false } });
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnOutput(stack, 'Answer', { value: String(cdk.FeatureFlags.of(stack).isEnabled('@aws-cdk/core:enableStackNameDuplicates')) });
app.synth();
