// Conformance case 'core-annotations': Annotations of constructs as the stack's metadata file
// carries them (issue 15): warnings with and without an id, an acknowledged warning (before and
// after it is added, on the construct and from an ancestor), info messages, in aws-cdk-lib's order.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new cdk.CfnResource(stack, 'Thing', { type: 'AWS::CloudFormation::WaitConditionHandle' });
const queue = new sqs.Queue(stack, 'Queue');

cdk.Annotations.of(stack).addWarningV2('my-lib:stack-warning', 'the stack has a warning');
cdk.Annotations.of(stack).addInfo('the stack has an info');
cdk.Annotations.of(queue).addWarningV2('my-lib:queue-warning', 'the queue has a warning');
cdk.Annotations.of(queue).addWarningV2('my-lib:acked-later', 'this one is acknowledged later');
cdk.Annotations.of(queue).addWarning('a warning without an id');
cdk.Annotations.of(queue).addInfo('the queue has an info');
cdk.Annotations.of(queue).addInfo('the queue has an info'); // the same message once
cdk.Annotations.of(group).addWarningV2('my-lib:group', 'the resource has a warning');
cdk.Annotations.of(stack).acknowledgeWarning('my-lib:acked-later', 'we know');
cdk.Annotations.of(stack).acknowledgeWarning('my-lib:acked-before');
cdk.Annotations.of(queue).addWarningV2('my-lib:acked-before', 'this one was acknowledged before');
cdk.Annotations.of(queue.node.defaultChild).addInfo('the queue resource has an info');

app.synth();
