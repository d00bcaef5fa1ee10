// Conformance case 'core-disable-logical-id-metadata': core synthesis.test.ts's 'synthesis respects
// disabling logicalId metadata[, and does not disable other metadata]': under the context
// "aws:cdk:disable-logicalId-metadata" no aws:cdk:logicalId entries, while the stack's tags entry,
// a warning and node metadata stay; a stack with nothing else has no metadata at all.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ stackTraces: false, context: { 'aws:cdk:disable-logicalId-metadata': true } });
const stack = new cdk.Stack(app, 'one-stack', { tags: { boomTag: 'BOOM' } });
const magic = new cdk.CfnResource(stack, 'MagicResource', { type: 'Resource::Type' });
cdk.Annotations.of(magic).addWarningV2('my:warning', 'still here');
magic.node.addMetadata('my:meta', 'kept');

const bare = new cdk.Stack(app, 'bare-stack');
new cdk.CfnResource(bare, 'MagicResource', { type: 'Resource::Type' });

app.synth();
